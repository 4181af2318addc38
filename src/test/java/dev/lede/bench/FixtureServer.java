package dev.lede.bench;

import dev.lede.web.FixtureSiteData;
import dev.lede.web.RateLimit;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.time.Instant;

/**
 * Serves the test fixture until killed: {@code bench/run-java dev.lede.bench.FixtureServer [PORT]}.
 */
public final class FixtureServer {
  private FixtureServer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    WebServer server =
        WebServer.start(
            FixtureSiteData.create(Instant.now()),
            WebConfig.defaults(port).withRateLimits(RateLimit.off(), RateLimit.off()));
    System.out.println("serving the fixture at " + server.baseUrl());
    Thread.currentThread().join();
  }
}
