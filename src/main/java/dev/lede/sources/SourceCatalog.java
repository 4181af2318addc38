package dev.lede.sources;

import dev.lede.model.PollState;
import dev.lede.model.Source;
import dev.lede.opml.Opml;
import dev.lede.opml.OpmlException;
import dev.lede.opml.Subscription;
import dev.lede.store.ArticleStore;
import dev.lede.store.PollStateStore;
import dev.lede.store.SourceLabels;
import dev.lede.web.ImportReport;
import dev.lede.web.SourceDesk;
import dev.lede.web.SourceStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sources list of one data folder with titles, categories and poll state: what {@code lede
 * sources import|export}, the admin pages and the sources API use. Feeds added here must be
 * absolute http(s) URLs of at most {@link #MAX_REF} characters; anything else is refused with the
 * reason. {@code changed} runs after every change (e.g. to wake the poller).
 */
public final class SourceCatalog implements SourceDesk {
  /** Longest source URL accepted. */
  public static final int MAX_REF = 2048;

  private static final int MAX_LABEL = 200;
  private static final Duration RATE_WINDOW = Duration.ofDays(7);

  private final ArticleStore store;
  private final SourceLabels labels;
  private final PollStateStore states;
  private final Clock clock;
  private final Runnable changed;

  public SourceCatalog(
      ArticleStore store,
      SourceLabels labels,
      PollStateStore states,
      Clock clock,
      Runnable changed) {
    this.store = Objects.requireNonNull(store, "store");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.states = Objects.requireNonNull(states, "states");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.changed = Objects.requireNonNull(changed, "changed");
  }

  @Override
  public List<SourceStatus> sources() {
    Instant now = clock.instant();
    Map<String, PollState> known = states.all();
    Map<String, SourceLabels.Label> named = labels.all();
    Map<String, Long> recent = states.articlesSince(now.minus(RATE_WINDOW));
    List<SourceStatus> out = new ArrayList<>();
    for (Source s : store.sources()) {
      SourceLabels.Label l = named.getOrDefault(s.ref(), SourceLabels.Label.NONE);
      out.add(
          new SourceStatus(
              s.ref(),
              l.title(),
              l.category(),
              known.getOrDefault(s.ref(), PollState.fresh(s.ref(), now)),
              recent.getOrDefault(s.ref(), 0L) / (double) RATE_WINDOW.toDays()));
    }
    return out;
  }

  @Override
  public boolean add(String ref, Optional<String> title, Optional<String> category) {
    String r = checkFeedUrl(ref);
    boolean isNew = store.sources().stream().noneMatch(s -> s.ref().equals(r));
    if (isNew) {
      store.addSource(new Source(r, clock.instant()));
    }
    Optional<String> t = label("title", title);
    Optional<String> c = label("category", category);
    if (isNew || t.isPresent() || c.isPresent()) {
      labels.put(r, new SourceLabels.Label(t, c));
    }
    changed.run();
    return isNew;
  }

  @Override
  public boolean remove(String ref) {
    boolean removed = store.removeSource(ref);
    if (removed) {
      labels.remove(ref);
      states.remove(ref);
      changed.run();
    }
    return removed;
  }

  @Override
  public boolean pause(String ref, boolean paused) {
    if (store.sources().stream().noneMatch(s -> s.ref().equals(ref))) {
      return false;
    }
    Instant now = clock.instant();
    PollState s = states.get(ref).orElse(PollState.fresh(ref, now)).withPaused(paused);
    if (!paused && s.nextPoll().isBefore(now)) {
      s = s.withNextPoll(now);
    }
    states.put(s);
    changed.run();
    return true;
  }

  @Override
  public ImportReport importOpml(byte[] opml, String name) {
    List<Subscription> subs;
    try {
      subs = Opml.read(opml, name);
    } catch (OpmlException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Set<String> have = new HashSet<>();
    store.sources().forEach(s -> have.add(s.ref()));
    int added = 0;
    int skipped = 0;
    List<String> problems = new ArrayList<>();
    for (Subscription s : subs) {
      String ref;
      try {
        ref = checkFeedUrl(s.xmlUrl());
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        continue;
      }
      if (!have.add(ref)) {
        skipped++;
        continue;
      }
      store.addSource(new Source(ref, clock.instant()));
      labels.put(
          ref,
          new SourceLabels.Label(
              s.title().map(t -> shorten(t)), s.category().map(c -> shorten(c))));
      added++;
    }
    if (added > 0) {
      changed.run();
    }
    return new ImportReport(added, skipped, problems.size(), problems);
  }

  @Override
  public String exportOpml() {
    Map<String, SourceLabels.Label> named = labels.all();
    List<Subscription> subs = new ArrayList<>();
    for (Source s : store.sources()) {
      SourceLabels.Label l = named.getOrDefault(s.ref(), SourceLabels.Label.NONE);
      subs.add(new Subscription(s.ref(), l.title(), l.category(), Optional.empty()));
    }
    // By category, then name: the same list always exports the same file.
    subs.sort(
        java.util.Comparator.comparing((Subscription x) -> x.category().orElse(""))
            .thenComparing(x -> x.title().orElse(x.xmlUrl()))
            .thenComparing(Subscription::xmlUrl));
    return Opml.write("Lede sources", subs, clock.instant());
  }

  /** {@code ref} stripped when it is an absolute http(s) URL with a host; else why not. */
  public static String checkFeedUrl(String ref) {
    String r = ref == null ? "" : ref.strip();
    String shown = r.length() > 80 ? r.substring(0, 77) + "..." : r;
    if (r.isEmpty()) {
      throw new IllegalArgumentException("refused: empty feed address");
    }
    if (r.length() > MAX_REF) {
      throw new IllegalArgumentException(
          "refused: " + shown + ": " + r.length() + " characters; the limit is " + MAX_REF);
    }
    URI u;
    try {
      u = new URI(r);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("refused: " + shown + ": not a valid URL");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("refused: " + shown + ": not an http(s) URL");
    }
    if (u.getHost() == null || u.getHost().isBlank()) {
      throw new IllegalArgumentException("refused: " + shown + ": no host");
    }
    if (u.getUserInfo() != null) {
      throw new IllegalArgumentException("refused: " + shown + ": credentials in the URL");
    }
    return r;
  }

  private static Optional<String> label(String what, Optional<String> value) {
    Optional<String> v = value.map(String::strip).filter(s -> !s.isEmpty());
    if (v.isPresent() && v.get().length() > MAX_LABEL) {
      throw new IllegalArgumentException(
          what + " is " + v.get().length() + " characters; the limit is " + MAX_LABEL);
    }
    return v;
  }

  private static String shorten(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= MAX_LABEL ? t : t.substring(0, MAX_LABEL - 3) + "...";
  }
}
