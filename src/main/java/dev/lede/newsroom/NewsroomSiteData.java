package dev.lede.newsroom;

import dev.lede.index.SearchIndex;
import dev.lede.model.Article;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.StoryJson;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityResolver;
import dev.lede.nlp.EntityType;
import dev.lede.related.RelatedStories;
import dev.lede.store.WrittenStoryStore;
import dev.lede.web.CoveragePoint;
import dev.lede.web.Edition;
import dev.lede.web.EntityKind;
import dev.lede.web.EntityPage;
import dev.lede.web.EntityRef;
import dev.lede.web.EntitySummary;
import dev.lede.web.RelatedStory;
import dev.lede.web.SearchFilters;
import dev.lede.web.SiteData;
import dev.lede.web.SourceInfo;
import dev.lede.web.StoryPage;
import dev.lede.web.StoryUpdate;
import dev.lede.web.StoryView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The site's view of a newsroom: written stories, related stories, entities, search and sources,
 * read from the store. Listings come from a snapshot rebuilt when the written stories change.
 *
 * <p>Over a newsroom {@linkplain Newsroom#openForServing open for serving}, {@link #watch} notices
 * what other processes (e.g. {@code lede ingest}) commit to the data folder: SQLite's {@code
 * data_version} says that anything changed, cheaply; then the search index is refreshed, and once
 * the written stories have changed and stopped changing for one check (an ingest writes many in a
 * row; at most {@link #MAX_DEFER} later when they keep changing), the clusterer and story vectors
 * are copied anew and the listings rebuilt.
 */
public final class NewsroomSiteData implements SiteData {
  private static final System.Logger LOG = System.getLogger("dev.lede.newsroom");
  private static final int ENTITY_MIN_STORIES = 2;

  /** Longest a refresh waits for the written stories to stop changing. */
  static final Duration MAX_DEFER = Duration.ofSeconds(30);

  private static final int PAGE_MEMO_SIZE = 2_000;

  /**
   * Story pages built before a snapshot is served, at most: the top stories first. Building one
   * runs the related-stories search, so a page nobody built ahead would make its first request wait
   * (seconds, on a cold JVM).
   */
  static final int WARM_STORIES = 1_000;

  // Told about each new snapshot before it is served, with a view of it (see SiteData).
  private final java.util.concurrent.atomic.AtomicInteger pagesBuilt =
      new java.util.concurrent.atomic.AtomicInteger();
  private final List<java.util.function.Consumer<SiteData>> warmers =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private final Newsroom room;
  // Ranks by age and bounds how long a refresh waits (tests move it).
  private final Clock clock;
  private volatile Snapshot snapshot;
  // Related-story searches and the swap of the served copy they read: the clusterer is not
  // thread-safe, and a copy is closed only when no search can still be reading it.
  private final ReentrantLock derived = new ReentrantLock();
  // What the last build saw, and a change of the written stories waiting to settle.
  private volatile WrittenStoryStore.Mark builtMark;
  private long seenDataVersion;
  private Optional<WrittenStoryStore.Mark> pending = Optional.empty();
  private Instant pendingSince = Instant.EPOCH;

  /**
   * Everything the listings need, computed once per change of the archive, and the story pages
   * built for it: building one runs the related-stories search and reads every version from SQLite,
   * far more than rendering a cached page costs.
   */
  private record Snapshot(
      long revision,
      List<StoryView> byScore,
      Map<String, StoryView> views,
      Map<String, String> languages,
      Map<String, EntityRef> entities,
      Map<String, Set<String>> entityStories,
      Map<String, Set<String>> aliases,
      Map<String, List<EntityRef>> storyEntities,
      Map<String, StoryPage> pages) {}

  /**
   * The site's view of {@code room}, opened to write or {@linkplain Newsroom#openForServing for
   * serving}.
   */
  public NewsroomSiteData(Newsroom room) {
    this(room, Clock.systemUTC());
  }

  /**
   * As {@link #NewsroomSiteData(Newsroom)}, ranking by age and deferring refreshes on {@code
   * clock}.
   */
  public NewsroomSiteData(Newsroom room, Clock clock) {
    this.room = room;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.seenDataVersion = room.ws.store.dataVersion();
    this.builtMark = room.written.mark();
    this.snapshot = build();
  }

  /**
   * Rebuilds the listings (after an ingest wrote stories). Serving, first re-reads what other
   * processes committed: the search index, and a new copy of the clusterer and story vectors.
   */
  synchronized void refresh() {
    WrittenStoryStore.Mark mark = room.written.mark();
    if (room.serving()) {
      try {
        room.ws.index.refresh();
        Newsroom.Served fresh = room.openServedCopy();
        Optional<Newsroom.Served> old;
        derived.lock();
        try {
          old = room.swapServed(fresh);
        } finally {
          derived.unlock();
        }
        if (old.isPresent()) {
          old.get().close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot re-read " + room.ws.dir + ": " + e.getMessage(), e);
      }
    }
    long start = System.nanoTime();
    Snapshot next = build();
    int warmed = warm(next);
    snapshot = next;
    builtMark = mark;
    LOG.log(
        System.Logger.Level.INFO,
        "serving a new snapshot of {0}: {1} stories, {2} pages built and rendered before the swap"
            + " in {3} ms",
        room.ws.dir,
        next.views().size(),
        warmed,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Builds the pages of the top stories and has every warmer render them, before the first request
   * comes: {@code lede serve} calls it once before it starts, {@link #refresh()} for each new
   * snapshot before it swaps it in.
   */
  public int warm() {
    return warm(snapshot);
  }

  /** Returns how many story pages it built. */
  private int warm(Snapshot next) {
    int built = 0;
    for (StoryView v : next.byScore()) {
      if (built == WARM_STORIES) {
        break;
      }
      built++;
      if (!next.pages().containsKey(v.id())) {
        try {
          buildPage(v.id(), next).ifPresent(p -> next.pages().put(v.id(), p));
        } catch (RuntimeException e) {
          // Left to its first request, which reports what fails.
          LOG.log(System.Logger.Level.WARNING, "building the page of " + v.id() + " ahead", e);
        }
      }
    }
    SiteData view = new Pinned(next);
    for (java.util.function.Consumer<SiteData> w : warmers) {
      w.accept(view);
    }
    return built;
  }

  @Override
  public void beforeEachRevision(java.util.function.Consumer<SiteData> warmer) {
    warmers.add(java.util.Objects.requireNonNull(warmer, "warmer"));
  }

  /**
   * One check for changes other processes made (see the class comment); returns whether the
   * listings were rebuilt. Cheap when nothing changed: one {@code PRAGMA data_version}.
   */
  synchronized boolean checkForChanges() throws IOException {
    long version = room.ws.store.dataVersion();
    if (version == seenDataVersion && pending.isEmpty()) {
      return false;
    }
    if (version != seenDataVersion) {
      seenDataVersion = version;
      if (room.serving()) {
        room.ws.index.refresh(); // new articles are searchable before their stories are written
      }
    }
    WrittenStoryStore.Mark mark = room.written.mark();
    if (mark.equals(builtMark)) {
      pending = Optional.empty();
      return false;
    }
    Instant now = clock.instant();
    boolean settled = pending.isPresent() && pending.get().equals(mark);
    if (settled || (pending.isPresent() && !now.isBefore(pendingSince.plus(MAX_DEFER)))) {
      pending = Optional.empty();
      refresh();
      return true;
    }
    if (pending.isEmpty()) {
      pendingSince = now;
    }
    pending = Optional.of(mark);
    return false;
  }

  /**
   * Calls {@link #checkForChanges()} every {@code every} on a daemon thread until closed. A failed
   * check is logged and the next one tries again.
   */
  public AutoCloseable watch(Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("watch interval " + every + " is not positive");
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "lede-site-watch");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            checkForChanges();
          } catch (IOException | RuntimeException e) {
            // A throw would cancel the schedule; the data folder may be fine again next time.
            LOG.log(System.Logger.Level.WARNING, "checking " + room.ws.dir + " for changes", e);
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
    return timer::shutdownNow;
  }

  private Snapshot build() {
    List<WrittenStoryStore.Version> latest = room.written.latestAll();
    Map<String, StoryView> views = new LinkedHashMap<>();
    Map<String, String> languages = new HashMap<>();
    Map<String, EntityRef> entities = new LinkedHashMap<>();
    Map<String, Set<String>> entityStories = new HashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    Map<String, List<EntityRef>> storyEntities = new HashMap<>();
    Instant now = clock.instant();
    List<Map.Entry<StoryView, Double>> scored = new ArrayList<>();
    long revision = 0;
    // A story written and then merged into another keeps its versions (its page leads to the
    // survivor); listing them would show the event twice beside the story that absorbed it.
    Set<String> retired = room.stories.merges().keySet();
    for (WrittenStoryStore.Version v : latest) {
      if (retired.contains(v.storyId())) {
        continue;
      }
      WrittenStory s = StoryJson.parse(v.json());
      revision = revision * 31 + v.writtenAt().toEpochMilli() + v.version();
      String lang = language(s);
      languages.put(s.story(), lang);
      StoryView view = view(s, lang);
      views.put(s.story(), view);
      // Freshness x coverage: more outlets and articles rank higher, age decays it.
      double ageDays = Math.max(0, Duration.between(view.updated(), now).toHours() / 24.0);
      double coverage = Math.log1p(view.articles()) + Math.log1p(view.outlets());
      scored.add(Map.entry(view, coverage / Math.pow(1 + ageDays / 30.0, 0.3)));
      List<EntityRef> refs = new ArrayList<>();
      for (Entity e : EntityResolver.resolve(EntityExtractor.extract(s.story(), writtenText(s)))) {
        if (e.type() == EntityType.OTHER || e.mentions().size() < 1) {
          continue;
        }
        EntityRef ref = ref(e);
        entities.putIfAbsent(ref.key(), ref);
        entityStories.computeIfAbsent(ref.key(), k -> new LinkedHashSet<>()).add(s.story());
        aliases.computeIfAbsent(ref.key(), k -> new LinkedHashSet<>()).addAll(e.aliases());
        // The tag links the shared entity page but reads in the edition's language.
        StoryTags.name(e, lang)
            .ifPresent(name -> refs.add(new EntityRef(ref.key(), name, ref.kind())));
      }
      storyEntities.put(s.story(), refs);
    }
    scored.sort(
        Comparator.<Map.Entry<StoryView, Double>>comparingDouble(Map.Entry::getValue).reversed());
    entities.keySet().removeIf(k -> entityStories.get(k).size() < ENTITY_MIN_STORIES);
    Map<String, String> groups = room.links.groups();
    revision = revision * 31 + groups.hashCode();
    withEditions(views, groups);
    return new Snapshot(
        revision,
        scored.stream().map(e -> views.get(e.getKey().id())).toList(),
        views,
        languages,
        entities,
        entityStories,
        aliases,
        storyEntities,
        new java.util.concurrent.ConcurrentHashMap<>());
  }

  /**
   * Gives each written story linked across languages its other editions: the written stories of its
   * group in other languages.
   */
  private static void withEditions(Map<String, StoryView> views, Map<String, String> groups) {
    Map<String, List<StoryView>> members = new LinkedHashMap<>();
    groups.forEach(
        (story, group) -> {
          StoryView v = views.get(story);
          if (v != null) {
            members.computeIfAbsent(group, g -> new ArrayList<>()).add(v);
          }
        });
    for (List<StoryView> group : members.values()) {
      if (group.size() < 2) {
        continue;
      }
      for (StoryView v : group) {
        List<Edition> others = new ArrayList<>();
        for (StoryView o : group) {
          if (!o.id().equals(v.id()) && !o.language().equals(v.language())) {
            others.add(new Edition(o.language(), o.id(), o.headline(), o.articles(), List.of()));
          }
        }
        // Most sources first: the fullest telling of the event leads.
        others.sort(
            Comparator.comparingInt(Edition::articles).reversed().thenComparing(Edition::language));
        views.put(v.id(), v.withEditions(others));
      }
    }
  }

  private static String writtenText(WrittenStory s) {
    StringBuilder sb = new StringBuilder(s.headline()).append(".\n");
    for (WrittenSentence w : s.lede()) {
      sb.append(w.text()).append('\n');
    }
    for (Section sec : s.sections()) {
      for (List<WrittenSentence> p : sec.paragraphs()) {
        for (WrittenSentence w : p) {
          sb.append(w.text()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private String language(WrittenStory s) {
    return s.sources().stream()
        .findFirst()
        .flatMap(r -> room.ws.store.byId(r.article()))
        .map(Article::language)
        .filter(l -> !l.equals("und"))
        .orElse("en");
  }

  private static StoryView view(WrittenStory s, String lang) {
    String teaser = s.lede().isEmpty() ? s.metaDescription() : s.lede().get(0).text();
    // Coverage of the story itself: background sources belong to earlier stories.
    List<SourceRef> own = s.sources().stream().filter(r -> !r.background()).toList();
    int outlets = (int) own.stream().map(SourceRef::outlet).distinct().count();
    Instant published =
        own.stream()
            .map(SourceRef::published)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder())
            .orElse(s.datePublished());
    Instant updated =
        own.stream()
            .map(SourceRef::published)
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder())
            .orElse(s.dateModified());
    return new StoryView(
        s.story(), s.headline(), teaser, lang, outlets, own.size(), published, updated, List.of());
  }

  private static EntityRef ref(Entity e) {
    EntityKind kind =
        switch (e.type()) {
          case PERSON -> EntityKind.PERSON;
          case ORGANIZATION -> EntityKind.ORGANIZATION;
          case PLACE -> EntityKind.PLACE;
          default -> EntityKind.OTHER;
        };
    String k = e.key();
    String ascii = k.matches("[a-z0-9]{1,100}") ? k : hash(k);
    return new EntityRef(
        kind.name().substring(0, 1).toLowerCase() + "-" + ascii, e.canonical(), kind);
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<StoryView> topStories(int n) {
    return topStories(snapshot, n);
  }

  private static List<StoryView> topStories(Snapshot snap, int n) {
    return snap.byScore().stream().limit(n).toList();
  }

  @Override
  public Optional<StoryPage> story(String id) {
    return story(snapshot, id);
  }

  private Optional<StoryPage> story(Snapshot snap, String id) {
    StoryPage memo = snap.pages().get(id);
    if (memo != null) {
      return Optional.of(memo);
    }
    Optional<StoryPage> page = buildPage(id, snap);
    if (snap.pages().size() < PAGE_MEMO_SIZE) {
      page.ifPresent(p -> snap.pages().put(id, p));
    }
    return page;
  }

  /** How many story pages this site has built so far (each runs a related-stories search). */
  int pagesBuilt() {
    return pagesBuilt.get();
  }

  private Optional<StoryPage> buildPage(String id, Snapshot snap) {
    pagesBuilt.incrementAndGet();
    String live = room.stories.resolve(id);
    List<WrittenStoryStore.Version> versions = room.written.versions(live);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    WrittenStory s = StoryJson.parse(versions.get(versions.size() - 1).json());
    List<RelatedStory> related = new ArrayList<>();
    derived.lock();
    try {
      for (RelatedStories.Related r : room.relatedStories().find(live, 5)) {
        StoryView v = snap.views().get(r.storyId());
        if (v != null) {
          related.add(new RelatedStory(v, r.reason()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      derived.unlock();
    }
    List<StoryUpdate> updates = new ArrayList<>();
    for (WrittenStoryStore.Version v : versions) {
      updates.add(new StoryUpdate(v.version(), v.writtenAt(), v.note()));
    }
    List<CoveragePoint> coverage = new ArrayList<>();
    for (SourceRef r : s.sources()) {
      if (r.background()) {
        continue;
      }
      r.published().ifPresent(t -> coverage.add(new CoveragePoint(r.article(), r.outlet(), t)));
    }
    // The other editions: their sources listed for every reader, and on the coverage chart with
    // their language beside the outlet, so the chart shows every language the event is told in.
    List<Edition> editions = new ArrayList<>();
    StoryView own = snap.views().get(live);
    for (Edition e : own == null ? List.<Edition>of() : own.editions()) {
      Optional<WrittenStoryStore.Version> other = room.written.latest(e.id());
      if (other.isEmpty()) {
        continue;
      }
      List<SourceRef> sources =
          StoryJson.parse(other.get().json()).sources().stream()
              .filter(r -> !r.background())
              .toList();
      editions.add(new Edition(e.language(), e.id(), e.headline(), e.articles(), sources));
      Locale in = Locale.forLanguageTag(e.language());
      String name = in.getDisplayLanguage(in);
      for (SourceRef r : sources) {
        r.published()
            .ifPresent(
                t -> coverage.add(new CoveragePoint(r.article(), r.outlet() + " · " + name, t)));
      }
    }
    return Optional.of(
        new StoryPage(
            s,
            snap.languages().getOrDefault(live, "en"),
            related,
            updates,
            coverage,
            snap.storyEntities().getOrDefault(live, List.of()).stream()
                .filter(e -> snap.entities().containsKey(e.key()))
                .distinct()
                .toList(),
            editions));
  }

  @Override
  public List<EntitySummary> entities() {
    return entities(snapshot);
  }

  private static List<EntitySummary> entities(Snapshot snap) {
    return snap.entities().values().stream()
        .map(e -> new EntitySummary(e, snap.entityStories().get(e.key()).size()))
        .sorted(Comparator.comparingInt(EntitySummary::stories).reversed())
        .toList();
  }

  @Override
  public Optional<EntityPage> entity(String key) {
    return entity(snapshot, key);
  }

  private static Optional<EntityPage> entity(Snapshot snap, String key) {
    EntityRef ref = snap.entities().get(key);
    if (ref == null) {
      return Optional.empty();
    }
    List<StoryView> stories =
        snap.entityStories().get(key).stream()
            .map(snap.views()::get)
            .filter(java.util.Objects::nonNull)
            .sorted(Comparator.comparing(StoryView::published))
            .toList();
    return Optional.of(
        new EntityPage(ref, List.copyOf(snap.aliases().getOrDefault(key, Set.of())), stories));
  }

  @Override
  public List<Article> search(String query, SearchFilters filters, int limit) {
    return search(snapshot, query, filters, limit);
  }

  private List<Article> search(Snapshot snap, String query, SearchFilters filters, int limit) {
    try {
      List<Article> out = new ArrayList<>();
      for (SearchIndex.Hit h : room.ws.index.search(query, Math.max(limit * 5, 50))) {
        Optional<Article> a = room.ws.store.byId(h.id());
        if (a.isEmpty() || !matches(snap, a.get(), filters)) {
          continue;
        }
        out.add(a.get());
        if (out.size() >= limit) {
          break;
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean matches(Snapshot snap, Article a, SearchFilters f) {
    if (f.outlet().isPresent() && !a.source().equalsIgnoreCase(f.outlet().get())) {
      return false;
    }
    Instant t = a.published().orElse(a.fetchedAt());
    if (f.from().isPresent()
        && t.isBefore(f.from().get().atStartOfDay().toInstant(ZoneOffset.UTC))) {
      return false;
    }
    if (f.to().isPresent()
        && !t.isBefore(f.to().get().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
      return false;
    }
    if (f.entity().isPresent()) {
      Set<String> stories = snap.entityStories().getOrDefault(f.entity().get(), Set.of());
      Optional<String> story = room.stories.storyOf(a.id()).map(room.stories::resolve);
      return story.isPresent() && stories.contains(story.get());
    }
    return true;
  }

  @Override
  public Optional<Article> article(String id) {
    return room.ws.store.byId(id);
  }

  @Override
  public List<SourceInfo> sources() {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Instant> latest = new HashMap<>();
    Map<String, Set<String>> refs = new HashMap<>();
    for (Article a : room.ws.store.all()) {
      counts.computeIfAbsent(a.source(), k -> new long[1])[0]++;
      a.published().ifPresent(t -> latest.merge(a.source(), t, (x, y) -> x.isAfter(y) ? x : y));
      refs.computeIfAbsent(a.source(), k -> new LinkedHashSet<>()).add(a.sourceRef());
    }
    List<SourceInfo> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      out.add(
          new SourceInfo(
              e.getKey(),
              List.copyOf(refs.get(e.getKey())),
              e.getValue()[0],
              Optional.ofNullable(latest.get(e.getKey()))));
    }
    return out;
  }

  @Override
  public long revision() {
    return snapshot.revision();
  }

  /** The site as one snapshot shows it, served or about to be (for warmers). */
  private final class Pinned implements SiteData {
    private final Snapshot snap;

    Pinned(Snapshot snap) {
      this.snap = snap;
    }

    @Override
    public List<StoryView> topStories(int n) {
      return NewsroomSiteData.topStories(snap, n);
    }

    @Override
    public Optional<StoryPage> story(String id) {
      return NewsroomSiteData.this.story(snap, id);
    }

    @Override
    public List<EntitySummary> entities() {
      return NewsroomSiteData.entities(snap);
    }

    @Override
    public Optional<EntityPage> entity(String key) {
      return NewsroomSiteData.entity(snap, key);
    }

    @Override
    public List<Article> search(String query, SearchFilters filters, int limit) {
      return NewsroomSiteData.this.search(snap, query, filters, limit);
    }

    @Override
    public Optional<Article> article(String id) {
      return NewsroomSiteData.this.article(id);
    }

    @Override
    public List<SourceInfo> sources() {
      return NewsroomSiteData.this.sources();
    }

    @Override
    public long revision() {
      return snap.revision();
    }
  }
}
