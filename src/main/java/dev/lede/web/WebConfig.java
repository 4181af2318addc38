package dev.lede.web;

import dev.lede.model.Records;
import dev.lede.model.Require;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the site is served. Start from {@link #defaults(int)} and change fields with the {@code
 * with...} methods; every value is checked when the config is built.
 *
 * @param host address to bind, {@code 127.0.0.1} by default (put a reverse proxy in front)
 * @param port port to bind; 0 picks a free one
 * @param baseUrl public origin used in canonical links, feeds and sitemaps, e.g. {@code
 *     https://news.example.org}; empty means {@code http://HOST:PORT} once bound
 * @param siteName the publication's name, the author of every story
 * @param language BCP 47 tag of the site's own text
 * @param writeToken bearer token for the write endpoints; empty disables them
 * @param maxRequestBytes largest accepted request body
 * @param rateLimit per-client limit on all requests
 * @param writeRateLimit per-client limit on search and write endpoints (on top of {@code
 *     rateLimit})
 * @param cacheSize most story pages kept rendered
 */
public record WebConfig(
    String host,
    int port,
    Optional<URI> baseUrl,
    String siteName,
    String language,
    Optional<String> writeToken,
    long maxRequestBytes,
    RateLimit rateLimit,
    RateLimit writeRateLimit,
    int cacheSize) {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final int MIN_TOKEN = 16;

  public WebConfig {
    Require.nonNull("host baseUrl siteName language", host, baseUrl, siteName, language);
    Require.nonNull("writeToken rateLimit writeRateLimit", writeToken, rateLimit, writeRateLimit);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in 0-65535");
    }
    baseUrl.ifPresent(WebConfig::checkBaseUrl);
    if (siteName.isBlank()) {
      throw new IllegalArgumentException("site name is blank");
    }
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 tag");
    }
    if (writeToken.isPresent() && writeToken.get().length() < MIN_TOKEN) {
      throw new IllegalArgumentException(
          "write token is " + writeToken.get().length() + " characters; use at least " + MIN_TOKEN);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes + " is not >= 1");
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize " + cacheSize + " is negative");
    }
  }

  /**
   * Loopback on {@code port}, site "Lede" in English, writes disabled, 16 KiB request bodies, 50
   * requests a second per client (bursts of 200) and 5 a second (bursts of 20) for search and
   * writes, 10,000 cached story pages.
   */
  public static WebConfig defaults(int port) {
    return new WebConfig(
        "127.0.0.1",
        port,
        Optional.empty(),
        "Lede",
        "en",
        Optional.empty(),
        16 * 1024,
        RateLimit.of(50, 200),
        RateLimit.of(5, 20),
        10_000);
  }

  private static void checkBaseUrl(URI uri) {
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("base URL " + uri + " is not http(s)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("base URL " + uri + " has no host");
    }
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty()) {
      throw new IllegalArgumentException(
          "base URL " + uri + " has a path; the site is served from the root");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("base URL " + uri + " has a query or fragment");
    }
  }

  public WebConfig withHost(String newHost) {
    return Records.with(this, "host", newHost);
  }

  public WebConfig withBaseUrl(String url) {
    return Records.with(this, "baseUrl", Optional.of(URI.create(url)));
  }

  public WebConfig withSiteName(String name) {
    return Records.with(this, "siteName", name);
  }

  public WebConfig withLanguage(String tag) {
    return Records.with(this, "language", tag);
  }

  public WebConfig withWriteToken(String token) {
    return Records.with(this, "writeToken", Optional.of(token));
  }

  public WebConfig withMaxRequestBytes(long bytes) {
    return Records.with(this, "maxRequestBytes", bytes);
  }

  public WebConfig withRateLimits(RateLimit all, RateLimit searchAndWrites) {
    return Records.with(this, "rateLimit", all, "writeRateLimit", searchAndWrites);
  }

  public WebConfig withCacheSize(int pages) {
    return Records.with(this, "cacheSize", pages);
  }
}
