package dev.lede.ingest.fetch;

/**
 * Performs GETs; {@link HttpFetcher} is the HTTP implementation, a chain of interceptors (SSRF
 * guard, robots, politeness, conditional GET, redirects, limits).
 */
@FunctionalInterface
public interface Fetcher {
  /**
   * Never throws for network or protocol problems: those come back as {@link FetchResult.Failed}.
   */
  FetchResult fetch(FetchRequest request);
}
