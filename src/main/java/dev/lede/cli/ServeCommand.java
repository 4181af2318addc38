package dev.lede.cli;

import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.newsroom.NewsroomService;
import dev.lede.ops.EventLog;
import dev.lede.web.RateLimit;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin StoreOptions where;

  @Override
  public Integer call() throws Exception {
    if (rateLimit < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rate-limit " + rateLimit + " is negative");
    }
    requirePort(spec, port);
    service.validate(spec);
    dev.lede.newsroom.Engines engines = where.engines(spec);
    try (Newsroom room = Newsroom.openForServing(data.toServe(), engines)) {
      serve(spec, room, new LlmOptions(), host, port, rateLimit, service);
    }
    return 0;
  }

  @picocli.CommandLine.Spec CommandSpec spec;

  /** Fails fast, before anything is opened, on a port no server can listen on. */
  static void requirePort(CommandSpec command, int port) {
    if (port < 0 || port > 65_535) {
      throw new picocli.CommandLine.ParameterException(
          command.commandLine(), "--port must be between 0 and 65535: " + port);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * The server's own requests before it is announced, at most, and how long they may take. After
   * 3,000 the request path was still partly in the JIT's profiling tier (bench/web: the first
   * readers' p50 11 ms against 7 ms after a swap, which follows more requests).
   */
  static final int WARM_UP_REQUESTS = 10_000;

  static final Duration WARM_UP_BUDGET = Duration.ofSeconds(15);

  /**
   * Serves a newsroom {@linkplain Newsroom#openForServing open for serving} until the process is
   * stopped ({@link NewsroomService}); {@code rateLimit} 0 turns per-client limits off. SIGTERM
   * stops: readiness goes down, the poll in progress finishes and commits, then the server stops.
   */
  static void serve(
      CommandSpec command,
      Newsroom room,
      LlmOptions llm,
      String host,
      int port,
      int rateLimit,
      ServiceOptions options)
      throws Exception {
    long start = System.nanoTime();
    NewsroomService running;
    try {
      running =
          NewsroomService.prepare(
              room, settings(llm, host, port, rateLimit, options, Clock.systemUTC()));
    } catch (IllegalStateException e) {
      if (rootCause(e) instanceof java.net.BindException) {
        throw new picocli.CommandLine.ParameterException(
            command.commandLine(),
            "--port "
                + port
                + ": cannot listen on "
                + host
                + ":"
                + port
                + " ("
                + rootCause(e).getMessage()
                + "; is another server using it?)");
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // The hook first, so a SIGTERM during the first poll already finds it.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                }));
    // The first readers find the JIT warm; polling starts after, so it does not compete.
    WebServer.WarmUp warmUp = running.server().warmUp(WARM_UP_REQUESTS, WARM_UP_BUDGET);
    running.startPolling();
    // Rendering every page, the warm-up and the poller's model left the heap full of garbage:
    // collected now, before the announcement, it does not start a concurrent cycle (and its pauses)
    // under the first readers' requests.
    System.gc();
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (options.logFormat == EventLog.Format.JSON) {
      running
          .log()
          .info(
              "warmed",
              "pages",
              running.warmed(),
              "requests",
              warmUp.requests(),
              "failed",
              warmUp.failures(),
              "ms",
              ms);
    } else {
      System.err.printf(
          "site: %d story pages built and rendered, then %d requests answered to warm up (%d"
              + " failed), in %d ms before serving%n",
          running.warmed(), warmUp.requests(), warmUp.failures(), ms);
    }
    System.out.println("Lede is serving on " + running.server().localUrl() + " (Ctrl-C to stop)");
    System.out.flush();
    stopped.await();
  }

  /** Started and polling (tests, with a clock they move). */
  static NewsroomService start(
      Newsroom room,
      LlmOptions llm,
      String host,
      int port,
      int rateLimit,
      ServiceOptions options,
      Clock clock)
      throws Exception {
    return NewsroomService.start(room, settings(llm, host, port, rateLimit, options, clock));
  }

  static NewsroomService.Settings settings(
      LlmOptions llm, String host, int port, int rateLimit, ServiceOptions options, Clock clock) {
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
    return new NewsroomService.Settings(
        config,
        options.noPoll ? Optional.empty() : Optional.of(options.policy()),
        // One fetcher for all work, so no host has two requests in flight at once.
        options.fetcher.fetcher(),
        llm.config(),
        NewsroomService.readerCredentials(options.env),
        EventLog.to(System.err, options.logFormat, clock),
        // JSON logs are one event a line: the API's run logs an "ingested" event, no progress.
        options.logFormat == EventLog.Format.JSON
            ? NewsroomListener.NONE
            : new ProgressPrinter(System.err, ProgressPrinter.Mode.LINES),
        clock);
  }
}
