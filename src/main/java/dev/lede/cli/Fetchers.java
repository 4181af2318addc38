package dev.lede.cli;

import dev.lede.ingest.fetch.FetcherConfig;
import dev.lede.ingest.fetch.HttpFetcher;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Builds the HTTP fetcher the CLI uses from its options. */
final class Fetchers {
  static final String USER_AGENT = "LedeBot/0.1 (+https://github.com/lede-news/lede)";

  private Fetchers() {}

  static HttpFetcher create(List<String> allowedHosts, Duration perHostDelay, Duration timeout) {
    return HttpFetcher.create(
        FetcherConfig.builder(USER_AGENT)
            .allowedHosts(Set.copyOf(allowedHosts))
            .perHostDelay(perHostDelay)
            .totalTimeout(timeout)
            .build());
  }
}
