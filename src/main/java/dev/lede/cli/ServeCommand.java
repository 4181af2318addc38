package dev.lede.cli;

import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomSiteData;
import dev.lede.ops.EventLog;
import dev.lede.ops.Metrics;
import dev.lede.poll.Scheduler;
import dev.lede.sources.SourceCatalog;
import dev.lede.store.PollStateStore;
import dev.lede.store.ReaderStateStore;
import dev.lede.web.AdminPages;
import dev.lede.web.MoreFeeds;
import dev.lede.web.Operations;
import dev.lede.web.RateLimit;
import dev.lede.web.ReaderApi;
import dev.lede.web.ReaderMarks;
import dev.lede.web.SiteAdmin;
import dev.lede.web.WebConfig;
import dev.lede.web.WebExtension;
import dev.lede.web.WebServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede serve}: the web site, JSON API and feeds over a data folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the site, JSON API, feeds and sitemaps on http://localhost:PORT.",
      "Write endpoints (add/remove sources, trigger ingest) need the token from the"
          + " LEDE_WRITE_TOKEN environment variable; without it they are disabled.",
      "Stories other processes (e.g. lede ingest) write to the data folder appear within"
          + " seconds of their last write.",
      "Unless --no-poll, polls each source of the sources list on its own schedule (RSS ttl and"
          + " skipHours, Cache-Control max-age, Retry-After, observed update rate) between"
          + " --poll-min and --poll-max, backing off on errors.",
      "Also serves /healthz, /readyz and /metrics (Prometheus)."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}")
  String host;

  /** Requests a second per client address by default (bursts of four times this). */
  static final int DEFAULT_RATE_LIMIT = 50;

  @Option(
      names = "--rate-limit",
      defaultValue = "" + DEFAULT_RATE_LIMIT,
      paramLabel = "N",
      description =
          "Requests a second allowed per client address (bursts of 4N); 0 turns the limit off,"
              + " e.g. behind a proxy that limits. Search and writes keep their own lower limit"
              + " unless 0. Default: ${DEFAULT-VALUE}")
  int rateLimit;

  @Mixin ServiceOptions service;

  @Override
  public Integer call() throws Exception {
    if (rateLimit < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rate-limit " + rateLimit + " is negative");
    }
    try {
      service.policy();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (Newsroom room = Newsroom.openForServing(data.dir)) {
      serve(room, new LlmOptions(), host, port, rateLimit, service);
    }
    return 0;
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** How often the site checks the data folder for what other processes wrote. */
  static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  /**
   * Serves a newsroom {@linkplain Newsroom#openForServing open for serving} until the process is
   * stopped, picking up what other processes write to its data folder; {@code rateLimit} 0 turns
   * per-client limits off. Unless {@code --no-poll}, polls the sources list on its schedule ({@link
   * Scheduler}) through a writing newsroom opened per round (with {@code llm}); an ingest started
   * through the API makes every source due at once. Without polling, an ingest started through the
   * API runs in its own writing newsroom, as {@code lede ingest} would. SIGTERM stops: readiness
   * goes down, the poll in progress finishes and commits, then the server stops.
   */
  static void serve(
      Newsroom room, LlmOptions llm, String host, int port, int rateLimit, ServiceOptions options)
      throws Exception {
    Running running = prepare(room, llm, host, port, rateLimit, options, Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    // The hook first, so a SIGTERM during the first poll already finds it.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                }));
    running.scheduler.ifPresent(Scheduler::start);
    System.out.println("Lede is serving on " + running.server.localUrl() + " (Ctrl-C to stop)");
    System.out.flush();
    stopped.await();
  }

  /** A started site with its poller; {@link #close()} stops both in the safe order. */
  static final class Running implements AutoCloseable {
    final WebServer server;
    final Optional<Scheduler> scheduler;
    final Metrics metrics;
    final EventLog log;
    private final AtomicBoolean ready;
    private final AutoCloseable watch;
    private final ExecutorService background;

    private Running(
        WebServer server,
        Optional<Scheduler> scheduler,
        Metrics metrics,
        EventLog log,
        AtomicBoolean ready,
        AutoCloseable watch,
        ExecutorService background) {
      this.server = server;
      this.scheduler = scheduler;
      this.metrics = metrics;
      this.log = log;
      this.ready = ready;
      this.watch = watch;
      this.background = background;
    }

    @Override
    public void close() {
      ready.set(false);
      log.info("stopping");
      // The poll in progress finishes and commits; nothing half-written is published.
      scheduler.ifPresent(Scheduler::close);
      background.shutdown();
      try {
        background.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
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
  }

  static Running start(
      Newsroom room,
      LlmOptions llm,
      String host,
      int port,
      int rateLimit,
      ServiceOptions options,
      Clock clock)
      throws Exception {
    Running r = prepare(room, llm, host, port, rateLimit, options, clock);
    r.scheduler.ifPresent(Scheduler::start);
    return r;
  }

  /** Starts the site with its poller ready but not yet polling (its scheduler's start does). */
  static Running prepare(
      Newsroom room,
      LlmOptions llm,
      String host,
      int port,
      int rateLimit,
      ServiceOptions options,
      Clock clock)
      throws Exception {
    EventLog log = EventLog.to(System.err, options.logFormat, clock);
    Metrics metrics = Metrics.create();
    NewsroomSiteData site = new NewsroomSiteData(room);
    WebConfig config = WebConfig.defaults(port).withHost(host);
    if (rateLimit == 0) {
      config = config.withRateLimits(RateLimit.off(), RateLimit.off());
    } else {
      config =
          config.withRateLimits(RateLimit.of(rateLimit, 4 * rateLimit), config.writeRateLimit());
    }
    String token = options.env.get("LEDE_WRITE_TOKEN");
    if (token != null && !token.isBlank()) {
      config = config.withWriteToken(token);
    }
    // One fetcher for all work, so no host has two requests in flight at once.
    Fetcher fetcher =
        Fetchers.create(options.allowHosts, Duration.ofSeconds(1), Duration.ofSeconds(30));
    PollStateStore pollStates = room.pollStates();
    Optional<Scheduler> scheduler =
        options.noPoll
            ? Optional.empty()
            : Optional.of(
                new Scheduler(
                    () -> room.articles().sources().stream().map(Source::ref).toList(),
                    pollStates,
                    new NewsroomPoller(room.dir(), llm, fetcher, metrics, log),
                    options.policy(),
                    clock,
                    log));
    metrics.gauge("lede.articles", "Articles in the data folder", room.articles()::count);
    metrics.gauge(
        "lede.stories", "Stories in the data folder", () -> room.stories().storySizes().size());
    metrics.gauge(
        "lede.sources", "Sources in the poll list", () -> room.articles().sources().size());
    ExecutorService background = Executors.newSingleThreadExecutor();
    SiteAdmin admin =
        new SiteAdmin() {
          @Override
          public boolean addSource(String ref) {
            int before = room.articles().sources().size();
            room.articles().addSource(new Source(ref, Instant.now()));
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
          public boolean triggerIngest() {
            List<String> refs = room.articles().sources().stream().map(Source::ref).toList();
            if (refs.isEmpty()) {
              return false;
            }
            if (scheduler.isPresent()) {
              scheduler.get().pollAllNow();
              return true;
            }
            background.submit(
                () -> {
                  // The site picks the new stories up as from any other process (see watch).
                  try (Newsroom writing = Newsroom.open(room.dir()).withLlm(llm.config())) {
                    writing.ingest(
                        refs,
                        fetcher,
                        true,
                        true,
                        new ProgressPrinter(System.err, ProgressPrinter.Mode.LINES));
                  } catch (Exception e) {
                    log.error("ingest_failed", "error", String.valueOf(e));
                  }
                });
            return true;
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
    extensions.add(
        new ReaderApi(site, readerMarks(room), readerCredentials(options.env), config.siteName()));
    WebServer server = WebServer.start(site, Optional.of(admin), config, extensions);
    ready.set(true);
    log.info(
        "serving",
        "url",
        server.localUrl(),
        "data",
        room.dir().toAbsolutePath().toString(),
        "polling",
        scheduler.isPresent());
    return new Running(server, scheduler, metrics, log, ready, watch, background);
  }

  /** LEDE_READER_USER and LEDE_READER_PASSWORD, when both are set. */
  static Optional<ReaderApi.Credentials> readerCredentials(java.util.Map<String, String> env) {
    String user = env.get("LEDE_READER_USER");
    String password = env.get("LEDE_READER_PASSWORD");
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReaderApi.Credentials(user.strip(), password));
  }

  /** Reader-app state kept in the data folder (table reader_items). */
  static ReaderMarks readerMarks(Newsroom room) {
    ReaderStateStore store = room.readerState();
    return new ReaderMarks() {
      @Override
      public java.util.Map<String, Long> itemIds(List<String> storyIdsOldestFirst) {
        return store.itemIds(storyIdsOldestFirst);
      }

      @Override
      public java.util.Set<Long> read() {
        return store.read();
      }

      @Override
      public java.util.Set<Long> starred() {
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
