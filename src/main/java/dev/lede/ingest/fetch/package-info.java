/**
 * Fetching over HTTP: {@link dev.lede.ingest.fetch.HttpFetcher}, configured by {@link
 * dev.lede.ingest.fetch.FetcherConfig}, returns a {@link dev.lede.ingest.fetch.FetchResult} (body,
 * not modified, or a failure naming the URL and the problem) and never throws for network or
 * protocol problems.
 *
 * <p>A fetch passes through a chain of interceptors, each a small final class with one job, in this
 * order:
 *
 * <ol>
 *   <li>{@code SsrfGuard}: refuses non-http(s) schemes, metadata host names and hosts resolving to
 *       loopback, private, link-local, any-local, multicast, CGNAT or reserved addresses (unless
 *       allowed by name); a refused source receives no request at all.
 *   <li>{@code RobotsTxt}: robots.txt per host, cached; RFC 9309 semantics (4xx allows all, 5xx or
 *       unreachable disallows all).
 *   <li>{@code Politeness}: one request in flight per host, a delay between requests to a host,
 *       {@code Retry-After} on 429/503 with one retry.
 *   <li>{@code ConditionalGet}: {@code If-None-Match}/{@code If-Modified-Since}; 304 becomes "not
 *       modified".
 *   <li>{@code Redirects}: followed by Lede, at most 5, loops detected, every target re-checked by
 *       the SSRF guard and robots.
 *   <li>{@code Network}: {@link java.net.http.HttpClient}; connect timeout, one deadline over
 *       headers and body, gzip/deflate decoded by Lede with the size cap on decoded bytes.
 * </ol>
 */
package dev.lede.ingest.fetch;
