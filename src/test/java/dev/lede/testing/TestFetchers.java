package dev.lede.testing;

import dev.lede.ingest.fetch.FetcherConfig;
import dev.lede.ingest.fetch.HttpFetcher;
import java.time.Duration;
import java.util.Set;

/** Real HTTP fetchers configured for tests against servers on 127.0.0.1. */
public final class TestFetchers {
  private TestFetchers() {}

  /** A fetcher that may reach the given hosts (e.g. "127.0.0.1"), with no politeness delay. */
  public static HttpFetcher allowing(String... hosts) {
    return HttpFetcher.create(
        FetcherConfig.builder("LedeTest/1.0")
            .allowedHosts(Set.of(hosts))
            .perHostDelay(Duration.ZERO)
            .totalTimeout(Duration.ofSeconds(10))
            .build());
  }
}
