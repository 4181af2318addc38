package dev.lede.newsroom;

import dev.lede.dedup.CanonicalTrust;
import dev.lede.index.CandidateIndex;
import dev.lede.index.SearchIndex;
import dev.lede.index.VectorIndex;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.index.lucene.LuceneVectorIndex;
import dev.lede.index.lucene.ServingCopies;
import dev.lede.index.opensearch.OpenSearchAddress;
import dev.lede.index.opensearch.OpenSearchVectorIndex;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.StageTimes;
import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.model.StoryJson;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.queue.WorkQueue;
import dev.lede.queue.inprocess.Pipeline;
import dev.lede.queue.kafka.KafkaLog;
import dev.lede.queue.kafka.KafkaWorkQueue;
import dev.lede.related.RelatedStories;
import dev.lede.related.RelatedVectors;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoreException;
import dev.lede.store.StoryLinkStore;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryLinks;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.story.Assignment;
import dev.lede.story.Story;
import dev.lede.story.StoryChange;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StageFailure;
import dev.lede.write.VersionNote;
import dev.lede.write.Writer;
import dev.lede.write.WriterInput;
import dev.lede.write.llm.LlmConfig;
import dev.lede.write.llm.LlmWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole pipeline over one data folder: store and index ({@link Workspace}), story assignments
 * (SQLite, the truth) with the clusterer's derived index, and written story versions.
 *
 * <p>Call order for an ingest: catch up on articles stored but never assigned (a killed run) ->
 * ingest, assigning each new article to a story soon after its commit -> re-write every story that
 * gained articles. Between commit and assignment, worker threads analyse and embed the next
 * articles ({@link ArticleVectors}, once per text, kept in SQLite) while assignments happen on the
 * ingest thread in commit order ({@link Pipeline}), so stories come out as in a sequential run. A
 * run killed in between leaves articles stored but unassigned, which the next run assigns first.
 *
 * <p>One model serves everything: the clusterer gets each article's vector handed over ({@link
 * HandedEmbedder}) instead of embedding again, related stories average the same vectors, and the
 * writer finds its key sentences' vectors stored.
 *
 * <p>The public methods are the application's API (the commands, the site and the benchmarks use
 * nothing else): {@link #open}/{@link #openForServing}, {@link #ingest}, {@link #relatedStories},
 * {@link #headline}/{@link #teaser}, and read access to the stores. Progress and results are
 * reported to a {@link NewsroomListener}; nothing here prints.
 */
public final class Newsroom implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Newsroom.class.getName());
  final Workspace ws;
  final StoryStore stories;
  final WrittenStoryStore written;
  final JdbcVectors vectors;
  final StoryLinkStore links;
  private final EditionLinking editions;
  private final Path clusterDir;
  private final Clock clock;
  private volatile Optional<StoriesByLanguage> clusterer = Optional.empty();
  private Optional<Writer> writer = Optional.empty();
  private Optional<LlmConfig> llm = Optional.empty();
  // Related stories: story vectors for the kNN leg (derived; see RelatedVectors).
  private volatile Optional<RelatedVectors> related = Optional.empty();
  // The shared k-NN index of the story vectors, if any; null until asked.
  private volatile Optional<OpenSearchAddress> knnVectors;
  // Serving: the clusterer and story vectors above come from this private copy (see Served).
  private final boolean serving;
  private volatile Optional<Served> served = Optional.empty();
  private Optional<ArticleVectors> relatedEmbedder = Optional.empty();
  private StageTimes times = StageTimes.none();
  private ArticleVectors articleVectors;
  private final HandedEmbedder handed;
  private final List<String> embeddingFailures = new ArrayList<>();
  // Articles the clusterer or the anchors threw on this run: "URL: why" (see setAside).
  private final List<String> assignFailures = new ArrayList<>();
  private java.util.function.Consumer<Article> assignProbe = a -> {};
  private java.util.function.Consumer<java.time.Duration> onWritten = took -> {};
  private volatile java.util.function.Consumer<StageFailure> onFallback = f -> {};
  // The writer's fallbacks in the run writing now, in order (see OwedWriting.report); null when
  // no run is writing (a worker writes story by story, and keeps none).
  private volatile List<StageFailure> runFallbacks;
  private java.util.function.UnaryOperator<OfflineWriter> offlineWriters = w -> w;

  /** Worker threads analysing and embedding articles ahead of their story assignment. */
  static final int PREPARE_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Folder of the story vectors for related stories, in the data folder. */
  static final String RELATED_FOLDER = "related";

  // Analyse workers of this newsroom (PREPARE_THREADS unless set).
  private int prepareThreads = PREPARE_THREADS;

  /**
   * Analyses and embeds upcoming articles, and writes owed stories, on {@code n} worker threads
   * (default: one per processor) while assignment and storing versions stay serial and in order:
   * benchmarks and deployments sizing the analyse role.
   *
   * @throws IllegalArgumentException when {@code n} is less than 1
   */
  public Newsroom withAnalyseWorkers(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("analyse workers must be at least 1, was " + n);
    }
    this.prepareThreads = n;
    return this;
  }

  /** Articles prepared ahead of the last assignment, at most. */
  static final int PREPARE_WINDOW = 64;

  /** Use the LLM backend for writing (validated by the caller), or none when empty. */
  public Newsroom withLlm(Optional<LlmConfig> config) {
    this.llm = config;
    this.writer = Optional.empty();
    return this;
  }

  /**
   * Which canonical URLs and {@code <base href>} fetched pages may declare: their own registrable
   * domain unless set (see {@link CanonicalTrust}).
   */
  public Newsroom withCanonicalTrust(CanonicalTrust trust) {
    this.canonicalTrust = java.util.Objects.requireNonNull(trust, "trust");
    return this;
  }

  private CanonicalTrust canonicalTrust = CanonicalTrust.sameSite();

  private Newsroom(Workspace ws, Clock clock, boolean serving) {
    this.ws = ws;
    this.serving = serving;
    this.stories = JdbcStoryStore.of(ws.sql);
    this.written = JdbcWrittenStoryStore.of(ws.sql);
    this.vectors = JdbcVectors.of(ws.sql);
    this.links = JdbcStoryLinks.of(ws.sql);
    this.editions = new EditionLinking(stories, ws.store, links, CrossLanguageLinker.defaults());
    this.clusterDir = ws.dir.resolve("stories");
    this.clock = clock;
    this.articleVectors = ArticleVectors.stored(MiniLmEmbedder.shared(), vectors, times);
    this.handed = new HandedEmbedder(StoredEmbedder.of(MiniLmEmbedder.shared(), vectors));
  }

  /** Tells {@code observer} how long each story version took to write (metrics). */
  public Newsroom onStoryWritten(java.util.function.Consumer<java.time.Duration> observer) {
    this.onWritten = observer;
    return this;
  }

  /**
   * Tells {@code observer} of each writer stage that threw and was written around (metrics, the
   * event log), on the writing threads; each is logged as a warning besides.
   */
  public Newsroom onWriteFallback(java.util.function.Consumer<StageFailure> observer) {
    this.onFallback = java.util.Objects.requireNonNull(observer, "observer");
    return this;
  }

  /** Tests: the offline writer the newsroom writes with, as {@code change} makes it. */
  Newsroom withOfflineWriter(java.util.function.UnaryOperator<OfflineWriter> change) {
    this.offlineWriters = java.util.Objects.requireNonNull(change, "change");
    this.writer = Optional.empty();
    return this;
  }

  /** Records the CPU time of each stage in {@code t} (benchmarks). */
  public Newsroom withStageTimes(StageTimes t) {
    this.times = t;
    this.articleVectors = ArticleVectors.stored(MiniLmEmbedder.shared(), vectors, t);
    return this;
  }

  /**
   * The story clusterer's candidate index the embedded newsroom uses (Lucene), for commands that
   * cluster without a data folder ({@code lede cluster}).
   */
  public static CandidateIndex.Factory candidateIndexes() {
    return LuceneCandidateIndex.FACTORY;
  }

  /** Opens (creating if need be) the data folder {@code dir} to ingest and write into it. */
  public static Newsroom open(Path dir) throws IOException {
    return open(dir, Engines.EMBEDDED);
  }

  /**
   * Opens the data folder {@code dir} to ingest and write, keeping the truth and the search index
   * where {@code engines} says (PostgreSQL, OpenSearch) instead of in the folder.
   */
  public static Newsroom open(Path dir, Engines engines) throws IOException {
    return new Newsroom(Workspace.open(dir, engines), Clock.systemUTC(), false);
  }

  /** Where the store and index are when not in the data folder. */
  public Engines engines() {
    return ws.engines;
  }

  /**
   * Opens {@code dir} to serve it while other processes ingest into it, taking no lock they need:
   * the article index is opened read-only, and the story clusterer and story vectors, whose write
   * locks an ingesting process holds, from a private copy of their last commit ({@link
   * ServingCopies}). {@link #openServedCopy()} and {@link #swapServed} renew that copy after
   * another process wrote. Ingesting or writing stories through it throws.
   */
  public static Newsroom openForServing(Path dir) throws IOException {
    return openForServing(dir, Engines.EMBEDDED);
  }

  /** As {@link #openForServing(Path)}, the store and index where {@code engines} says. */
  public static Newsroom openForServing(Path dir, Engines engines) throws IOException {
    ServingCopies.deleteStale(dir);
    Newsroom room = new Newsroom(Workspace.openReadOnly(dir, engines), Clock.systemUTC(), true);
    try {
      room.swapServed(room.openServedCopy());
    } catch (IOException | RuntimeException e) {
      room.close();
      throw e;
    }
    return room;
  }

  /** Whether this newsroom was opened {@linkplain #openForServing for serving}. */
  public boolean serving() {
    return serving;
  }

  /** A serving newsroom's clusterer and story vectors, opened from one private copy. */
  static final class Served implements AutoCloseable {
    private final ServingCopies.Copy copy;
    private final StoriesByLanguage clusterer;
    private final RelatedVectors related;

    private Served(ServingCopies.Copy copy, StoriesByLanguage clusterer, RelatedVectors related) {
      this.copy = copy;
      this.clusterer = clusterer;
      this.related = related;
    }

    @Override
    public void close() throws IOException {
      try {
        clusterer.close();
        related.close();
      } finally {
        copy.close();
      }
    }
  }

  /**
   * Serving only: opens a new private copy of the clusterer and story vectors as last committed,
   * without touching the copy in use. Costs a replay of the clusterer's index (as opening it does).
   */
  Served openServedCopy() throws IOException {
    requireServing();
    ServingCopies.Copy copy =
        ServingCopies.copy(ws.dir, List.of(clusterDir.getFileName().toString(), RELATED_FOLDER));
    StoriesByLanguage c = null;
    RelatedVectors r = null;
    try {
      c =
          StoriesByLanguage.open(
              copy.dir().resolve(clusterDir.getFileName()), clusterConfig(), candidateIndexes());
      Optional<OpenSearchAddress> shared = sharedStoryVectors();
      r =
          shared.isPresent()
              ? RelatedVectors.shared(
                  OpenSearchVectorIndex.open(shared.get()),
                  relatedEmbedder.orElse(articleVectors)::of,
                  stories,
                  ws.store)
              : RelatedVectors.open(
                  LuceneVectorIndex.open(copy.dir().resolve(RELATED_FOLDER)),
                  relatedEmbedder.orElse(articleVectors)::of,
                  stories,
                  ws.store);
      r.vectors(); // brought in step here, not by the first page that asks
      return new Served(copy, c, r);
    } catch (IOException | RuntimeException e) {
      try {
        if (c != null) {
          c.close();
        }
        if (r != null) {
          r.close();
        }
      } finally {
        copy.close();
      }
      throw e;
    }
  }

  /**
   * Serving only: puts {@code fresh} in use and returns the copy it replaces, which the caller
   * closes once no reader can still be using it.
   */
  Optional<Served> swapServed(Served fresh) {
    requireServing();
    Optional<Served> old = served;
    clusterer = Optional.of(fresh.clusterer);
    related = Optional.of(fresh.related);
    served = Optional.of(fresh);
    return old;
  }

  private void requireServing() {
    if (!serving) {
      throw new IllegalStateException("the newsroom on " + ws.dir + " is not open for serving");
    }
  }

  private void requireWriting(String what) {
    if (serving) {
      throw new IllegalStateException(
          "cannot " + what + ": the newsroom on " + ws.dir + " is open for serving only");
    }
  }

  private StoryClusterer.Config clusterConfig() {
    return StoryClusterer.Config.defaults().toBuilder().embedder(handed).build();
  }

  /**
   * The clusterer, its derived index rebuilt from the stored assignments when out of step. Serving,
   * the copy's clusterer as it is: rebuilding is the ingesting process's job.
   */
  public StoriesByLanguage clusterer() throws IOException {
    Optional<StoriesByLanguage> current = clusterer;
    if (current.isPresent()) {
      return current.get();
    }
    requireWriting("rebuild the story index");
    StoryClusterer.Config config = clusterConfig();
    StoriesByLanguage c = StoriesByLanguage.open(clusterDir, config, candidateIndexes());
    List<StoryStore.Assignment> assigned = stories.assignments();
    if (c.articleCount() != assigned.size()) {
      c.close();
      deleteTree(clusterDir);
      StoriesByLanguage rebuilt = StoriesByLanguage.open(clusterDir, config, candidateIndexes());
      restore(rebuilt, assigned);
      rebuilt.commit();
      c = rebuilt;
    }
    clusterer = Optional.of(c);
    return c;
  }

  /**
   * Puts stored assignments back into {@code c} in their order, analysing (stored vectors) on the
   * workers.
   */
  private void restore(StoriesByLanguage c, List<StoryStore.Assignment> assigned)
      throws IOException {
    try (Pipeline<StoryStore.Assignment, Optional<Prepared>> restore =
        new Pipeline<>(
            prepareThreads,
            PREPARE_WINDOW,
            a -> ws.store.byId(a.articleId()).map(art -> prepare(art, a.storyId())),
            p -> {
              if (p.isPresent()) {
                StoryInput in = input(p.get().article());
                handed.hand(in, p.get().vector());
                c.of(p.get().article()).restore(in, p.get().storyId());
              }
            })) {
      for (StoryStore.Assignment a : assigned) {
        restore.submit(a);
      }
      restore.finish();
    }
  }

  /**
   * Worker roles: a clusterer in memory holding the stored assignments of the articles {@code mine}
   * accepts (one assign worker's partitions of the articles topic), for an assign worker that takes
   * those partitions over.
   */
  StoriesByLanguage clustererOf(java.util.function.Predicate<Article> mine) throws IOException {
    StoriesByLanguage c = StoriesByLanguage.inMemory(clusterConfig(), candidateIndexes());
    List<StoryStore.Assignment> assigned = new ArrayList<>();
    for (StoryStore.Assignment a : stories.assignments()) {
      if (ws.store.byId(a.articleId()).filter(mine).isPresent()) {
        assigned.add(a);
      }
    }
    restore(c, assigned);
    return c;
  }

  /**
   * Worker roles: brings this process's clusterer (story snapshots for related stories) up to the
   * assignments other workers stored since, adding only the articles it lacks.
   */
  void catchUpStories() throws IOException {
    StoriesByLanguage c = clusterer();
    List<StoryStore.Assignment> assigned = stories.assignments();
    if (c.articleCount() == assigned.size()) {
      return;
    }
    List<StoryStore.Assignment> missing = new ArrayList<>();
    for (StoryStore.Assignment a : assigned) {
      if (c.storyOf(a.articleId()).isEmpty()) {
        missing.add(
            new StoryStore.Assignment(a.articleId(), stories.resolve(a.storyId()), a.assignedAt()));
      }
    }
    restore(c, missing);
  }

  /** Embeds for related-story vectors with {@code e} instead of stored MiniLM (tests). */
  public Newsroom withRelatedEmbedder(Embedder e) {
    this.relatedEmbedder = Optional.of(ArticleVectors.unstored(e));
    return this;
  }

  /** Story vectors for related stories, rebuilt when out of step with the stories. */
  public RelatedVectors related() throws IOException {
    Optional<RelatedVectors> current = related;
    if (current.isPresent()) {
      return current.get();
    }
    requireWriting("open the story vectors");
    Optional<OpenSearchAddress> shared = sharedStoryVectors();
    RelatedVectors opened =
        RelatedVectors.open(
            shared.isPresent()
                ? OpenSearchVectorIndex.open(shared.get())
                : LuceneVectorIndex.open(ws.dir.resolve(RELATED_FOLDER)),
            relatedEmbedder.orElse(articleVectors)::of,
            stories,
            ws.store);
    related = Optional.of(opened);
    return opened;
  }

  /**
   * Where the story vectors are shared by every worker and site on the engines: beside an
   * OpenSearch article index ({@code --index opensearch://HOST:PORT/INDEX}) that has the k-NN
   * plugin, its index {@code INDEX-stories}. Else (embedded, or no k-NN plugin) each process keeps
   * them in a Lucene folder of its own, caught up from the store.
   */
  private Optional<OpenSearchAddress> sharedStoryVectors() throws IOException {
    Optional<OpenSearchAddress> known = knnVectors;
    if (known == null) {
      known = Optional.empty();
      if (ws.engines.index().isPresent()) {
        OpenSearchAddress articles = OpenSearchAddress.parse(ws.engines.index().get());
        OpenSearchAddress vectors = articles.withIndex(articles.index() + "-stories");
        if (OpenSearchVectorIndex.supported(vectors)) {
          known = Optional.of(vectors);
        }
      }
      knnVectors = known;
    }
    return known;
  }

  /** An article with its vector, ready for the clusterer (and the story it goes back to). */
  record Prepared(Article article, Optional<float[]> vector, String storyId) {}

  /**
   * Analyses and embeds on a worker thread; a failure costs the article its vector or its
   * cross-language anchors only.
   */
  Prepared prepare(Article a, String storyId) {
    if (storyId.isEmpty()) {
      try {
        editions.prepare(a); // a new article: its cross-language anchors, on this worker
      } catch (RuntimeException e) {
        // Without anchors the article is still placed and written, only not linked across
        // languages: one odd text must not stop the run (a NumberFormatException did once).
        setAside(a, "anchors", e);
      }
    }
    return new Prepared(a, vectorOf(a), storyId);
  }

  /**
   * True when {@code e} is a fault of the store or an index (worth a retry, and stopping for), not
   * of a stage's code on one input.
   */
  static boolean engineFault(RuntimeException e) {
    return e instanceof java.io.UncheckedIOException || e instanceof StoreException;
  }

  private void setAside(Article a, String step, RuntimeException e) {
    LOG.log(System.Logger.Level.WARNING, "article " + a.url() + ": " + step + " failed", e);
    synchronized (assignFailures) {
      assignFailures.add(a.url() + " (" + step + "): " + e);
    }
  }

  /**
   * Runs {@code probe} on each article right before the clusterer sees it (tests inject faults).
   */
  Newsroom withAssignProbe(java.util.function.Consumer<Article> probe) {
    this.assignProbe = java.util.Objects.requireNonNull(probe, "probe");
    return this;
  }

  /** The article's vector (embedded once, kept in the store); empty when embedding failed. */
  Optional<float[]> vectorOf(Article a) {
    try {
      return articleVectors.of(a);
    } catch (RuntimeException e) {
      synchronized (embeddingFailures) {
        embeddingFailures.add(a.url() + ": " + e.getMessage());
      }
      return Optional.empty();
    }
  }

  static StoryInput input(Article a) {
    return new StoryInput(
        a.id(), a.title(), a.text(), a.published(), Optional.of(a.url()), Optional.of(a.source()));
  }

  /** Places one prepared article in a story; returns the stories that changed. */
  private Set<String> assign(Prepared p) throws IOException {
    return assign(clusterer(), p);
  }

  /**
   * Places one prepared article in a story of its language by {@code c}; returns the stories that
   * changed.
   */
  Set<String> assign(StoriesByLanguage c, Prepared p) throws IOException {
    Article a = p.article();
    long t = times.start();
    assignProbe.accept(a);
    StoryInput in = input(a);
    handed.hand(in, p.vector());
    Assignment as = c.of(a).assign(in);
    List<StoryStore.Move> moves = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    touched.add(as.storyId());
    for (StoryChange ch : as.changes()) {
      if (ch instanceof StoryChange.Merged m) {
        moves.add(new StoryStore.Move(m.absorbed(), m.into(), List.of()));
        touched.add(m.into());
        touched.add(m.absorbed()); // gone: its related-story vector and link summary go too
      } else if (ch instanceof StoryChange.Split s) {
        moves.add(new StoryStore.Move(s.from(), s.to(), s.articleIds()));
        touched.add(s.from());
        touched.add(s.to());
      }
    }
    stories.assign(new StoryStore.Assignment(a.id(), as.storyId(), clock.instant()), moves);
    times.stop(StageTimes.Stage.CLUSTER, t);
    return touched;
  }

  /**
   * Prepares articles on the workers and assigns them in submission order, into {@code touched}.
   */
  private WorkQueue<Article> assigner(Set<String> touched, NewsroomListener listener)
      throws IOException {
    WorkQueue.Commit<Prepared> commit =
        p -> {
          Set<String> changed;
          try {
            changed = assign(p);
          } catch (RuntimeException e) {
            if (engineFault(e)) {
              throw e; // the index or the store failed: the run stops, nothing is half-stored
            }
            // The clusterer threw on this one article: it stays unassigned (tried again first
            // next run, reported each time) and every other article is placed and written.
            setAside(p.article(), "cluster", e);
            return;
          }
          touched.addAll(changed);
          listener.assigned(p.article().id(), changed.iterator().next()); // its story comes first
        };
    if (log.isPresent()) {
      // The log delivers at least once, and a killed run's articles come both from the log and
      // from the store's unassigned list: an article already in a story is not placed again.
      return KafkaWorkQueue.open(
          log.get(),
          new StoredArticles(ws.store),
          prepareThreads,
          PREPARE_WINDOW,
          a -> prepare(a, ""),
          p -> {
            if (stories.storyOf(p.article().id()).isEmpty()) {
              commit.accept(p);
            }
          });
    }
    return new Pipeline<>(prepareThreads, PREPARE_WINDOW, a -> prepare(a, ""), commit);
  }

  /**
   * Articles through the log by id: the store holds them (the log is the hand-over, not a copy).
   */
  private record StoredArticles(ArticleStore store) implements KafkaWorkQueue.Codec<Article> {
    @Override
    public String key(Article a) {
      return a.id();
    }

    @Override
    public byte[] encode(Article a) {
      return a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public Article decode(byte[] bytes) {
      String id = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      return store
          .byId(id)
          .orElseThrow(
              () -> new IllegalStateException("article " + id + " from the log is not stored"));
    }
  }

  private Optional<KafkaLog> log = Optional.empty();

  /**
   * Checks a {@link #withLog} URL before anything is opened.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static void checkLog(Optional<String> url) {
    url.ifPresent(KafkaLog::parse);
  }

  /**
   * Hands stored articles to story assignment through the Kafka topic {@code url} names ({@code
   * kafka://HOST:PORT/TOPIC}, see {@link KafkaLog#parse}) instead of the in-process queue: what a
   * killed or failed run handed over is assigned by the next run. Empty: the in-process queue.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public Newsroom withLog(Optional<String> url) {
    checkLog(url);
    this.log = java.util.Objects.requireNonNull(url, "url").map(KafkaLog::parse);
    return this;
  }

  /**
   * Ingests {@code refs} (feeds, pages, files, folders, JSON Lines), assigns stories, and writes
   * every story owing a write (unless {@code write} is false), telling {@code listener} how it
   * goes. A story owes a write from the transaction that changes its articles to the one that
   * stores its next version ({@link WrittenStoryStore#owed()}): stories a killed or failed run left
   * owed are written first, before anything is fetched, so a run that never gets past fetching
   * still writes them; {@code write} false leaves them owed for a later run.
   *
   * @param fetcher fetches feeds and pages over HTTP
   * @param fetchPages whether to fetch the pages of feed items without full text
   * @throws IllegalStateException when this newsroom is open for serving only
   */
  public RunReport ingest(
      List<String> refs,
      Fetcher fetcher,
      boolean fetchPages,
      boolean write,
      NewsroomListener listener)
      throws Exception {
    requireWriting("ingest");
    Set<String> touched = new LinkedHashSet<>();
    IngestReport r;
    OwedWriting writing = new OwedWriting(listener);
    clusterer();
    try (WorkQueue<Article> assigner = assigner(touched, listener)) {
      // Articles a killed run stored but never placed in a story go first.
      for (String id : stories.unassignedArticleIds()) {
        Optional<Article> a = ws.store.byId(id);
        if (a.isPresent()) {
          assigner.submit(a.get());
        }
      }
      // Then the stories an earlier run left owed.
      int owed = written.owed().size();
      if (write && owed > 0) {
        assigner.finish();
        commitStories(touched);
        listener.writingOwed(owed);
        writing.writeOwed();
      }
      r = ingester(fetcher, fetchPages, listener).onStored(assigner::submit).ingest(refs);
      assigner.finish();
    }
    Set<String> changed = new LinkedHashSet<>(touched);
    commitStories(touched);
    listener.ingested(r, ws.store.count(), ws.dir);
    synchronized (embeddingFailures) {
      if (!embeddingFailures.isEmpty()) {
        listener.embeddingFailures(embeddingFailures.size(), embeddingFailures.get(0));
        embeddingFailures.clear();
      }
    }
    synchronized (assignFailures) {
      if (!assignFailures.isEmpty()) {
        listener.assignFailures(assignFailures.size(), assignFailures.get(0));
        assignFailures.clear();
      }
    }
    Set<String> live = new LinkedHashSet<>();
    for (String id : changed) {
      live.add(stories.resolve(id));
    }
    live.removeIf(id -> stories.articlesOf(id).isEmpty());
    listener.storiesChanged(stories.storySizes().size(), live.size());
    long linking = times.start();
    editions.relink(changed);
    times.stop(StageTimes.Stage.CLUSTER, linking);
    if (!write) {
      listener.writingSkipped(written.owed().size());
      return new RunReport(r, WriteReport.NONE);
    }
    writing.writeOwed();
    return new RunReport(r, writing.report());
  }

  private Ingester ingester(Fetcher fetcher, boolean fetchPages, NewsroomListener listener) {
    return new Ingester(
            ws.store,
            ws.index,
            fetcher,
            new Ingester.Options(fetchPages, Ingester.Options.defaults().minFullTextChars()),
            listener,
            clock)
        .timed(times)
        .trustingCanonicals(canonicalTrust)
        .learningTemplates(ws.hostTemplates());
  }

  /**
   * Worker roles: stores and indexes what {@code refs} hold, handing each newly stored article to
   * {@code stored} (no story assignment, no writing: other workers do those).
   */
  IngestReport store(
      List<String> refs,
      Fetcher fetcher,
      boolean fetchPages,
      NewsroomListener listener,
      Ingester.ArticleSink stored)
      throws IOException {
    requireWriting("ingest");
    return ingester(fetcher, fetchPages, listener).onStored(stored).ingest(refs);
  }

  /** Worker roles: re-links the stories near {@code changed} across languages. */
  void relink(Set<String> changed) {
    editions.relink(changed);
  }

  /** Worker roles: the related-story vectors of {@code touched} brought in step. */
  void updateRelated(Set<String> touched) throws IOException {
    related().update(touched);
  }

  /**
   * Opens the data folder {@code dir} for one worker role ({@link Worker}): the store and index
   * must be shared ones (PostgreSQL and OpenSearch), and the index is not reconciled with the store
   * on open, as other workers are writing both meanwhile ({@code lede reindex} rebuilds it).
   *
   * @throws IllegalArgumentException when {@code engines} lacks the store or the index
   */
  static Newsroom openWorker(Path dir, Engines engines) throws IOException {
    if (engines.store().isEmpty() || engines.index().isEmpty()) {
      throw new IllegalArgumentException(
          "a worker needs --store postgres://... and --index opensearch://...: workers share"
              + " their articles, stories and index through them");
    }
    return new Newsroom(Workspace.openReadOnly(dir, engines), Clock.systemUTC(), false);
  }

  /** Commits the clusterer's index; brings the related-story vectors of {@code touched} in step. */
  private void commitStories(Set<String> touched) throws IOException {
    long t = times.start();
    clusterer().commit();
    times.stop(StageTimes.Stage.CLUSTER, t);
    t = times.start();
    related().update(touched);
    touched.clear();
    times.stop(StageTimes.Stage.RELATED, t);
  }

  /**
   * Writing the owed stories during one run, in one or two rounds: a story whose write failed is
   * not tried again by the same run, and a storage failure (e.g. a full disk) stops writing for the
   * rest of the run, as every later write would fail alike. Stories not written stay owed.
   */
  private final class OwedWriting {
    private final NewsroomListener listener;
    private final Set<String> failed = new LinkedHashSet<>();
    private final Set<String> done = new LinkedHashSet<>();
    private Optional<String> first = Optional.empty();
    private boolean stopped;

    private final List<StageFailure> fallbacks =
        java.util.Collections.synchronizedList(new ArrayList<>());

    OwedWriting(NewsroomListener listener) {
      this.listener = listener;
      runFallbacks = fallbacks;
    }

    /**
     * Writes (or re-writes, as a new version) every story owing a write, longest owed first. What a
     * story is written from is read here, the writing itself (the costly part) runs on the prepare
     * threads, and each version is stored here in the owed order, so the stored versions are those
     * one thread would store.
     */
    void writeOwed() {
      if (stopped) {
        return;
      }
      long t = times.start();
      List<String> owed = new ArrayList<>(written.owed());
      owed.removeAll(failed);
      int[] n = {0};
      writer();
      try (Pipeline<Numbered, Drafted> drafts =
          new Pipeline<>(
              prepareThreads,
              PREPARE_WINDOW,
              job -> draft(job.position(), job.job()),
              d -> {
                if (!stopped) {
                  store(owed.size(), d, n);
                }
              })) {
        for (int i = 0; i < owed.size() && !stopped; i++) {
          String id = owed.get(i);
          try {
            Optional<WriteJob> job = writeJob(id);
            if (job.isPresent()) {
              drafts.submit(new Numbered(i + 1, job.get()));
            }
          } catch (RuntimeException e) {
            fail(id, e);
          }
        }
        drafts.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // the commit step throws none
      }
      times.stop(StageTimes.Stage.WRITE, t);
      listener.written(n[0]);
    }

    private void store(int total, Drafted d, int[] n) {
      String id = d.job().storyId();
      try {
        if (d.failure() != null) {
          throw d.failure();
        }
        int version = storeVersion(d);
        n[0]++;
        done.add(id);
        listener.storyWritten(d.position(), total, id, version);
      } catch (RuntimeException e) {
        fail(id, e);
      }
    }

    private void fail(String id, RuntimeException e) {
      failed.add(id);
      listener.writeFailed(id, e);
      String m = String.valueOf(e.getMessage());
      first = first.or(() -> Optional.of(m.contains(id) ? m : "story " + id + ": " + m));
      if (e instanceof StoreException) {
        stopped = true;
      }
    }

    /**
     * The run's writing, from what is still owed; tells the listener of the stories written with a
     * fallback, and when stories are left.
     */
    WriteReport report() {
      synchronized (fallbacks) {
        // Only the stories stored: a fallback in a write that failed after it wrote nothing.
        List<StageFailure> kept = fallbacks.stream().filter(f -> done.contains(f.story())).toList();
        long stories = kept.stream().map(StageFailure::story).distinct().count();
        if (stories > 0) {
          listener.writeFallbacks((int) stories, kept.get(0).describe());
        }
      }
      runFallbacks = null;
      int left = written.owed().size();
      WriteReport w = new WriteReport(done.size(), left, first);
      if (left > 0) {
        listener.leftOwed(w);
      }
      return w;
    }
  }

  /**
   * The writer: offline, reading the sentence vectors ingest stored (title and key sentences of
   * English articles); it never runs the embedding model, other sentences get lexical features.
   * With {@link #withLlm} a language model rewrites what it selected ({@link LlmWriter}).
   */
  Writer writer() {
    if (writer.isEmpty()) {
      OfflineWriter offline =
          offlineWriters.apply(OfflineWriter.withVectors(vectors)).onFallback(this::fellBack);
      // With --llm a model rewrites the offline story; any failure of it keeps the offline one.
      writer =
          Optional.of(
              llm.isPresent()
                  ? LlmWriter.create(
                      llm.get(), offline, note -> LOG.log(System.Logger.Level.INFO, note))
                  : offline);
    }
    return writer.get();
  }

  /** A writer stage threw for a story, which was written around it: logged and observed. */
  private void fellBack(StageFailure f) {
    LOG.log(System.Logger.Level.WARNING, f.describe(), f.cause());
    List<StageFailure> run = runFallbacks;
    if (run != null) {
      run.add(f);
    }
    onFallback.accept(f);
  }

  /**
   * Writes a story as its next version from the articles it has now, clearing its owed write in the
   * same transaction; returns the version, or empty when the story has no articles left (its owed
   * write is cleared: there is nothing to write).
   *
   * @throws WriterFailure when the writer itself throws for this story (it stays owed; writing it
   *     again now would throw alike)
   * @throws StoreException when the store fails (worth a retry)
   */
  Optional<Integer> writeStory(String storyId) {
    Optional<WriteJob> job = writeJob(storyId);
    if (job.isEmpty()) {
      return Optional.empty();
    }
    Drafted d = draft(1, job.get());
    if (d.failure() != null) {
      throw d.failure();
    }
    return Optional.of(storeVersion(d));
  }

  /** What one story is written from, read from the store and the indexes. */
  private record WriteJob(
      String storyId,
      int articles,
      List<WriterInput> inputs,
      List<WriterInput> background,
      Optional<WrittenStoryStore.Version> previous,
      Instant now) {}

  /** A write job and its place in the run's owed list. */
  private record Numbered(int position, WriteJob job) {}

  /** A written story (or why it could not be written) and how long writing it took. */
  private record Drafted(
      int position, WriteJob job, WrittenStory story, RuntimeException failure, long nanos) {}

  /**
   * The job of writing {@code storyId}; empty when the story has no articles left (its owed write
   * is cleared: there is nothing to write).
   */
  private Optional<WriteJob> writeJob(String storyId) {
    requireWriting("write stories");
    List<Article> articles =
        stories.articlesOf(storyId).stream()
            .map(ws.store::byId)
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing((Article a) -> a.published().orElse(a.fetchedAt())))
            .toList();
    if (articles.isEmpty()) {
      written.settle(storyId);
      return Optional.empty();
    }
    return Optional.of(
        new WriteJob(
            storyId,
            articles.size(),
            articles.stream().map(Newsroom::writerInput).toList(),
            background(storyId, articles),
            written.latest(storyId),
            clock.instant()));
  }

  /**
   * Writes the story of {@code job}; reads nothing shared but the writer, so runs on any thread.
   */
  private Drafted draft(int position, WriteJob job) {
    long started = System.nanoTime();
    try {
      WrittenStory s = writer().write(job.storyId(), job.inputs(), job.background(), job.now());
      return new Drafted(position, job, s, null, System.nanoTime() - started);
    } catch (StoreException e) {
      // The stored sentence vectors could not be read: the store's fault, worth a retry.
      return new Drafted(position, job, null, e, System.nanoTime() - started);
    } catch (RuntimeException | StackOverflowError e) {
      // The writer's own fault on this story (a regex too deep for the stack counts too).
      return new Drafted(
          position, job, null, new WriterFailure(job.storyId(), e), System.nanoTime() - started);
    }
  }

  /** Stores a drafted story as the story's next version; returns the version. */
  private int storeVersion(Drafted d) {
    long started = System.nanoTime();
    WriteJob job = d.job();
    Optional<WrittenStoryStore.Version> prev = job.previous();
    int version = prev.map(v -> v.version() + 1).orElse(1);
    Instant published =
        prev.map(v -> StoryJson.parse(v.json()).datePublished()).orElse(d.story().datePublished());
    WrittenStory versioned = d.story().asVersion(version, published, job.now());
    String note =
        prev.map(p -> changeNote(StoryJson.parse(p.json()), versioned)).orElse("First version.");
    written.put(
        new WrittenStoryStore.Version(
            job.storyId(), version, job.now(), job.articles(), note, StoryJson.write(versioned)));
    onWritten.accept(java.time.Duration.ofNanos(d.nanos() + System.nanoTime() - started));
    return version;
  }

  /** The written headline of a story, else its lead article's title. */
  public String headline(String storyId) {
    Optional<WrittenStoryStore.Version> v = written.latest(storyId);
    if (v.isPresent()) {
      return StoryJson.parse(v.get().json()).headline();
    }
    return stories.articlesOf(storyId).stream()
        .findFirst()
        .flatMap(ws.store::byId)
        .map(Article::title)
        .orElse("");
  }

  /** A one-line teaser: the first sentence of the written lede, else of the lead article. */
  public String teaser(String storyId) {
    Optional<WrittenStoryStore.Version> v = written.latest(storyId);
    if (v.isPresent()) {
      WrittenStory s = StoryJson.parse(v.get().json());
      if (!s.lede().isEmpty()) {
        return s.lede().get(0).text();
      }
    }
    return stories.articlesOf(storyId).stream()
        .findFirst()
        .flatMap(ws.store::byId)
        .map(a -> firstSentence(a.text()))
        .orElse("");
  }

  static String firstSentence(String text) {
    List<dev.lede.nlp.Sentence> s = dev.lede.nlp.SentenceSplitter.split(text);
    String first = s.isEmpty() ? text : s.get(0).text();
    return first.length() <= 240 ? first : first.substring(0, 237) + "...";
  }

  /** The data folder. */
  public Path dir() {
    return ws.dir;
  }

  /** The stored articles and sources (the source of truth). */
  public ArticleStore articles() {
    return ws.store;
  }

  /** Each source's poll schedule, status and last error. */
  public dev.lede.store.PollStateStore pollStates() {
    return ws.pollStates();
  }

  /** Read and starred state of the reader APIs. */
  public dev.lede.store.ReaderStateStore readerState() {
    return ws.readerState();
  }

  /** Each source's title and category (from OPML or the admin). */
  public dev.lede.store.SourceLabels sourceLabels() {
    return ws.sourceLabels();
  }

  /** The article index (search), derived from the store. */
  public SearchIndex index() {
    return ws.index;
  }

  /** Story assignments and merges. */
  public StoryStore stories() {
    return stories;
  }

  /** Written story versions. */
  public WrittenStoryStore written() {
    return written;
  }

  /** Stories linked across languages: the language editions of one event. */
  public StoryLinkStore links() {
    return links;
  }

  /** Texts embedded and kept (each embedded once, ever). */
  public int vectorCount() {
    return vectors.count();
  }

  /** Related stories in this newsroom: its stores, article index, clusterer and story vectors. */
  public RelatedStories relatedStories() {
    return new RelatedStories(
        new RelatedStories.Archive() {
          @Override
          public StoryStore stories() {
            return stories;
          }

          @Override
          public ArticleStore articles() {
            return ws.store;
          }

          @Override
          public SearchIndex index() {
            return ws.index;
          }

          @Override
          public Optional<Story> story(String storyId) throws IOException {
            return Newsroom.this.clusterer().story(storyId);
          }

          @Override
          public VectorIndex vectors() throws IOException {
            return related().vectors();
          }
        });
  }

  /**
   * Lead articles of up to three related stories that came before this one, in the story's
   * language: an edition is written only from sources in its language, background included.
   */
  private List<WriterInput> background(String storyId, List<Article> articles) {
    Instant first = articles.get(0).published().orElse(articles.get(0).fetchedAt());
    String language = articles.get(0).language();
    List<WriterInput> out = new ArrayList<>();
    try {
      for (RelatedStories.Related r : relatedStories().find(storyId, 6)) {
        Optional<Article> lead =
            stories.articlesOf(r.storyId()).stream().findFirst().flatMap(ws.store::byId);
        if (lead.isPresent()
            && lead.get().published().isPresent()
            && lead.get().published().get().isBefore(first)
            && lead.get().language().equals(language)
            && !r.reason().equals("same topic")) {
          out.add(writerInput(lead.get()));
        }
        if (out.size() == 3) {
          break;
        }
      }
    } catch (IOException e) {
      // Background is optional; the story is written without it.
    }
    return out;
  }

  static WriterInput writerInput(Article a) {
    return new WriterInput(
        a.id(), Optional.of(a.title()), a.text(), a.source(), Optional.of(a.url()), a.published());
  }

  /** What a new version adds: its new sources by outlet and the facts only it states. */
  static String changeNote(WrittenStory before, WrittenStory after) {
    return VersionNote.between(before, after);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (serving) {
      try {
        if (served.isPresent()) {
          served.get().close();
        }
      } finally {
        ws.close();
      }
      return;
    }
    try {
      if (clusterer.isPresent()) {
        clusterer.get().close();
      }
      if (related.isPresent()) {
        related.get().close();
      }
    } finally {
      ws.close();
    }
  }
}
