package dev.lede.newsroom;

import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Require;
import dev.lede.model.Source;
import dev.lede.ops.EventLog;
import dev.lede.ops.Metrics;
import dev.lede.poll.PollPolicy;
import dev.lede.poll.Scheduler;
import dev.lede.sources.SourceCatalog;
import dev.lede.store.PollStateStore;
import dev.lede.store.ReaderStateStore;
import dev.lede.web.AdminPages;
import dev.lede.web.MoreFeeds;
import dev.lede.web.Operations;
import dev.lede.web.ReaderApi;
import dev.lede.web.ReaderMarks;
import dev.lede.web.SiteAdmin;
import dev.lede.web.WebConfig;
import dev.lede.web.WebExtension;
import dev.lede.web.WebServer;
import dev.lede.write.llm.LlmConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A newsroom that runs by itself ({@code lede serve}, {@code lede run}): the site over a newsroom
 * {@linkplain Newsroom#openForServing open for serving}, the sources polled on their schedule
 * ({@link Scheduler}, through a writing newsroom opened per round), the admin pages, reader APIs,
 * extra feeds and operations endpoints. {@link #close()} stops in the safe order: readiness goes
 * down, the poll in progress finishes and commits, then the server stops.
 *
 * <p>Ingests never run side by side: with polling, {@code POST /api/ingest} asks the scheduler for
 * a round of every source (run on its one thread); without, it starts one run in the background
 * ({@link OneRun}). Either way a second call while one waits or runs is refused (409).
 */
public final class NewsroomService implements AutoCloseable {
  /** How often the site checks the data folder for what other processes wrote. */
  public static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  /**
   * How the service runs.
   *
   * @param web the site's configuration (port, host, limits, write token)
   * @param polling the poll policy, empty for {@code --no-poll}
   * @param fetcher the one fetcher of all work, so no host has two requests in flight at once
   * @param llm the writer's LLM, if any
   * @param reader the reader apps' credentials; empty refuses every login
   * @param log where events go
   * @param ingestListener what an ingest started through the API (without polling) tells
   * @param clock the clock of schedules and sessions (tests move it)
   */
  public record Settings(
      WebConfig web,
      Optional<PollPolicy> polling,
      Fetcher fetcher,
      Optional<LlmConfig> llm,
      Optional<ReaderApi.Credentials> reader,
      EventLog log,
      NewsroomListener ingestListener,
      Clock clock) {
    public Settings {
      Require.nonNull("web polling fetcher llm reader", web, polling, fetcher, llm, reader);
      Require.nonNull("log ingestListener clock", log, ingestListener, clock);
    }
  }

  /** LEDE_READER_USER and LEDE_READER_PASSWORD of {@code env}, when both are set. */
  public static Optional<ReaderApi.Credentials> readerCredentials(Map<String, String> env) {
    String user = env.get("LEDE_READER_USER");
    String password = env.get("LEDE_READER_PASSWORD");
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReaderApi.Credentials(user.strip(), password));
  }

  private final WebServer server;
  private final Optional<Scheduler> scheduler;
  private final Metrics metrics;
  private final EventLog log;
  private final AtomicBoolean ready;
  private final AutoCloseable watch;
  private final ExecutorService background;
  private final int warmed;

  private NewsroomService(
      WebServer server,
      Optional<Scheduler> scheduler,
      Metrics metrics,
      EventLog log,
      AtomicBoolean ready,
      AutoCloseable watch,
      ExecutorService background,
      int warmed) {
    this.server = server;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.log = log;
    this.ready = ready;
    this.watch = watch;
    this.background = background;
    this.warmed = warmed;
  }

  /**
   * Starts the site (its top stories' pages warm before it takes requests) with its poller ready
   * but not yet polling: {@link #startPolling()} does, once the caller has set up its stopping.
   * Throws IllegalStateException when the server cannot listen.
   */
  public static NewsroomService prepare(Newsroom room, Settings settings) throws Exception {
    EventLog log = settings.log();
    Clock clock = settings.clock();
    Metrics metrics = Metrics.create();
    NewsroomSiteData site = new NewsroomSiteData(room, clock);
    int warmed = site.warm(); // the server renders them before it announces itself
    WebConfig config = settings.web();
    PollStateStore pollStates = room.pollStates();
    Optional<PollPolicy> polling = settings.polling();
    if (polling.isPresent() && !java.nio.file.Files.isWritable(room.dir())) {
      // Polls store what they fetch: a folder served read-only is only served.
      log.warn("poll_off", "reason", "the data folder is read-only", "data", room.dir().toString());
      polling = Optional.empty();
    }
    Optional<Scheduler> scheduler =
        polling.map(
            policy ->
                new Scheduler(
                    () -> room.articles().sources().stream().map(Source::ref).toList(),
                    pollStates,
                    new NewsroomPoller(room.dir(), settings.llm(), settings.fetcher(), metrics, log)
                        .withEngines(room.engines()),
                    policy,
                    clock,
                    log));
    metrics.gauge("lede.articles", "Articles in the data folder", room.articles()::count);
    metrics.gauge(
        "lede.stories", "Stories in the data folder", () -> room.stories().storySizes().size());
    metrics.gauge(
        "lede.sources", "Sources in the poll list", () -> room.articles().sources().size());
    ExecutorService background = Executors.newSingleThreadExecutor();
    OneRun ingests = new OneRun(background); // one ingest waits or runs; more calls get 409
    SiteAdmin admin =
        new SiteAdmin() {
          @Override
          public boolean addSource(String ref) {
            int before = room.articles().sources().size();
            room.articles().addSource(new Source(ref, clock.instant()));
            scheduler.ifPresent(Scheduler::wake);
            return room.articles().sources().size() > before;
          }

          @Override
          public boolean removeSource(String ref) {
            boolean removed = room.articles().removeSource(ref);
            if (removed) {
              pollStates.remove(ref);
            }
            return removed;
          }

          @Override
          public boolean hasSources() {
            return !room.articles().sources().isEmpty();
          }

          @Override
          public boolean triggerIngest() {
            List<String> refs = room.articles().sources().stream().map(Source::ref).toList();
            if (refs.isEmpty()) {
              return false;
            }
            if (scheduler.isPresent()) {
              // On the polling thread, so never beside a scheduled poll.
              return scheduler.get().pollAllNow();
            }
            return ingests.start(
                () -> {
                  // The site picks the new stories up as from any other process (see watch).
                  try (Newsroom writing =
                      Newsroom.open(room.dir(), room.engines())
                          .withLlm(settings.llm())
                          .onStoryWritten(metrics::storyWritten)
                          .onWriteFallback(f -> NewsroomPoller.fellBack(f, metrics, log))) {
                    RunReport r =
                        writing.ingest(
                            refs, settings.fetcher(), true, true, settings.ingestListener());
                    metrics.articlesStored(r.ingest().stored());
                    log.info(
                        "ingested",
                        "sources",
                        refs.size(),
                        "stored",
                        r.ingest().stored(),
                        "failed",
                        r.ingest().failures().size(),
                        "written",
                        r.writes().written(),
                        "not_written",
                        r.writes().notWritten());
                  } catch (Exception e) {
                    log.error("ingest_failed", "error", String.valueOf(e));
                  }
                });
          }
        };
    AtomicBoolean ready = new AtomicBoolean(false);
    AutoCloseable watch = site.watch(WATCH_EVERY);
    List<WebExtension> extensions = new ArrayList<>();
    extensions.add(new Operations(metrics, ready::get));
    SourceCatalog catalog =
        new SourceCatalog(
            room.articles(),
            room.sourceLabels(),
            pollStates,
            clock,
            () -> scheduler.ifPresent(Scheduler::wake));
    extensions.add(
        new AdminPages(
            catalog, config.writeToken(), config.siteName(), scheduler.isPresent(), clock));
    extensions.add(new MoreFeeds(site, config));
    extensions.add(new ReaderApi(site, readerMarks(room), settings.reader(), config.siteName()));
    WebServer server;
    try {
      server = WebServer.start(site, Optional.of(admin), config, extensions);
    } catch (RuntimeException e) {
      watch.close();
      background.shutdownNow();
      throw e;
    }
    ready.set(true);
    log.info(
        "serving",
        "url",
        server.localUrl(),
        "data",
        room.dir().toAbsolutePath().toString(),
        "polling",
        scheduler.isPresent());
    return new NewsroomService(server, scheduler, metrics, log, ready, watch, background, warmed);
  }

  /** {@link #prepare} and {@link #startPolling()} at once (tests). */
  public static NewsroomService start(Newsroom room, Settings settings) throws Exception {
    NewsroomService s = prepare(room, settings);
    s.startPolling();
    return s;
  }

  /** Starts polling on its own thread (nothing without a poll policy). */
  public void startPolling() {
    scheduler.ifPresent(Scheduler::start);
  }

  public WebServer server() {
    return server;
  }

  /** The scheduler, empty with {@code --no-poll}. */
  public Optional<Scheduler> scheduler() {
    return scheduler;
  }

  public Metrics metrics() {
    return metrics;
  }

  public EventLog log() {
    return log;
  }

  /** How many story pages were built and rendered before the server took requests. */
  public int warmed() {
    return warmed;
  }

  @Override
  public void close() {
    ready.set(false);
    log.info("stopping");
    // The poll in progress finishes and commits; nothing half-written is published.
    scheduler.ifPresent(Scheduler::close);
    background.shutdown();
    try {
      background.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
    try {
      watch.close();
    } catch (Exception e) {
      // stopping anyway
    }
    log.info("stopped");
  }

  /** Reader-app state kept in the data folder (table reader_items). */
  private static ReaderMarks readerMarks(Newsroom room) {
    ReaderStateStore store = room.readerState();
    return new ReaderMarks() {
      @Override
      public Map<String, Long> itemIds(List<String> storyIdsOldestFirst) {
        return store.itemIds(storyIdsOldestFirst);
      }

      @Override
      public Set<Long> read() {
        return store.read();
      }

      @Override
      public Set<Long> starred() {
        return store.starred();
      }

      @Override
      public void setRead(long item, boolean read) {
        store.setRead(item, read);
      }

      @Override
      public void setStarred(long item, boolean starred) {
        store.setStarred(item, starred);
      }

      @Override
      public void readAllUpTo(long maxItem) {
        store.readAllUpTo(maxItem);
      }
    };
  }
}
