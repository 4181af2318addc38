package dev.lede.cli;

import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomSiteData;
import dev.lede.web.RateLimit;
import dev.lede.web.SiteAdmin;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
          + " seconds of their last write."
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

  @Override
  public Integer call() throws Exception {
    if (rateLimit < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rate-limit " + rateLimit + " is negative");
    }
    requirePort(spec, port);
    try (Newsroom room = Newsroom.openForServing(data.toServe())) {
      serve(spec, room, new LlmOptions(), host, port, rateLimit);
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

  /** How often the site checks the data folder for what other processes wrote. */
  static final Duration WATCH_EVERY = Duration.ofSeconds(2);

  /**
   * Serves a newsroom {@linkplain Newsroom#openForServing open for serving} until the process is
   * stopped, picking up what other processes write to its data folder; {@code rateLimit} 0 turns
   * per-client limits off. An ingest started through the API runs in its own writing newsroom (with
   * {@code llm}), as {@code lede ingest} would.
   */
  static void serve(
      CommandSpec command, Newsroom room, LlmOptions llm, String host, int port, int rateLimit)
      throws Exception {
    long start = System.nanoTime();
    NewsroomSiteData site = new NewsroomSiteData(room);
    int warmed = site.warm(); // the server renders them before it announces itself
    WebConfig config = WebConfig.defaults(port).withHost(host);
    if (rateLimit == 0) {
      config = config.withRateLimits(RateLimit.off(), RateLimit.off());
    } else {
      config =
          config.withRateLimits(RateLimit.of(rateLimit, 4 * rateLimit), config.writeRateLimit());
    }
    String token = System.getenv("LEDE_WRITE_TOKEN");
    if (token != null && !token.isBlank()) {
      config = config.withWriteToken(token);
    }
    ExecutorService background = Executors.newSingleThreadExecutor();
    OneRun ingests = new OneRun(background); // one ingest waits or runs; more calls get 409
    SiteAdmin admin =
        new SiteAdmin() {
          @Override
          public boolean addSource(String ref) {
            int before = room.articles().sources().size();
            room.articles().addSource(new Source(ref, Instant.now()));
            return room.articles().sources().size() > before;
          }

          @Override
          public boolean removeSource(String ref) {
            return room.articles().removeSource(ref);
          }

          @Override
          public boolean triggerIngest() {
            List<String> refs = room.articles().sources().stream().map(Source::ref).toList();
            if (refs.isEmpty()) {
              return false;
            }
            return ingests.start(
                () -> {
                  // The site picks the new stories up as from any other process (see watch).
                  try (Newsroom writing = Newsroom.open(room.dir()).withLlm(llm.config())) {
                    writing.ingest(
                        refs,
                        Fetchers.create(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(30)),
                        true,
                        true,
                        new ProgressPrinter(System.err, ProgressPrinter.Mode.LINES));
                  } catch (Exception e) {
                    System.err.println("ingest failed: " + e);
                  }
                });
          }
        };
    AutoCloseable watch = site.watch(WATCH_EVERY);
    WebServer server;
    try {
      server = WebServer.start(site, admin, config);
    } catch (IllegalStateException e) {
      watch.close();
      background.shutdownNow();
      if (rootCause(e) instanceof java.net.BindException) {
        throw new picocli.CommandLine.ParameterException(
            command.commandLine(),
            "--port " + port + ": cannot listen on " + host + ":" + port + " ("
                + rootCause(e).getMessage() + "; is another server using it?)");
      }
      throw e;
    }
    System.err.printf(
        "site: %d story pages built and rendered in %d ms before serving%n",
        warmed, (System.nanoTime() - start) / 1_000_000);
    System.out.println("Lede is serving on " + server.localUrl() + " (Ctrl-C to stop)");
    System.out.flush();
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  background.shutdownNow();
                  try {
                    watch.close();
                  } catch (Exception e) {
                    // stopping anyway
                  }
                  forever.countDown();
                }));
    forever.await();
  }
}
