package dev.lede.ingest.fetch;

/**
 * <<<<<<< HEAD Performs GETs through a chain of interceptors (robots, SSRF guard, politeness,
 * cache, limits). ======= Performs GETs; {@link HttpFetcher} is the HTTP implementation (SSRF
 * guard, robots, politeness, conditional GET, redirects, limits). >>>>>>> fetch
 */
@FunctionalInterface
public interface Fetcher {
  /**
   * Never throws for network or protocol problems: those come back as {@link FetchResult.Failed}.
   */
  FetchResult fetch(FetchRequest request);
}
