package dev.lede.ingest.fetch;

/**
 * Performs GETs through a chain of interceptors (robots, SSRF guard, politeness, cache, limits).
 */
@FunctionalInterface
public interface Fetcher {
  /**
   * Never throws for network or protocol problems: those come back as {@link FetchResult.Failed}.
   */
  FetchResult fetch(FetchRequest request);
}
