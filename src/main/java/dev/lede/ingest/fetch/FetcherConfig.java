package dev.lede.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Settings of an {@link HttpFetcher}. Validated on construction: a bad value fails fast with a
 * message naming the field and the value.
 *
 * <pre>{@code
 * FetcherConfig config = FetcherConfig.builder("LedeBot/0.1 (+https://example.org/bot)")
 *     .perHostDelay(Duration.ofSeconds(2))
 *     .build();
 * }</pre>
 *
 * @param userAgent the {@code User-Agent} header; its leading product token (e.g. {@code LedeBot})
 *     is also the name matched against robots.txt groups
 * @param connectTimeout limit for opening a TCP/TLS connection
 * @param totalTimeout limit for one HTTP exchange, from sending the request to the last body byte;
 *     each redirect hop and each robots.txt download has its own
 * @param maxBodyBytes largest body accepted, counted on decoded bytes (after gzip/deflate)
 * @param maxRedirects most redirects followed for one fetch
 * @param perHostDelay pause between the end of one request to a host and the start of the next
 * @param maxRetryAfter longest {@code Retry-After} (on 429/503) Lede waits before its single retry
 * @param allowedHosts host names exempt from the SSRF guard, matched as written in the URL (so
 *     allowing {@code 127.0.0.1} does not allow {@code localhost})
 * @param respectRobots whether robots.txt is fetched and obeyed
 */
public record FetcherConfig(
    String userAgent,
    Duration connectTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    int maxRedirects,
    Duration perHostDelay,
    Duration maxRetryAfter,
    Set<String> allowedHosts,
    boolean respectRobots) {

  /** 10 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public static final int DEFAULT_MAX_REDIRECTS = 5;

  // Leaves room for the array header; the body is held in one byte[].
  private static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 16;
  private static final int MAX_REDIRECT_LIMIT = 20;
  // RFC 9309 section 2.2.1: a product token is letters, '_' and '-'.
  private static final Pattern PRODUCT_TOKEN = Pattern.compile("^[A-Za-z_-]+");

  public FetcherConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(
          "userAgent must be non-blank without control characters, was \"" + userAgent + "\"");
    }
    if (!PRODUCT_TOKEN.matcher(userAgent).find()) {
      throw new IllegalArgumentException(
          "userAgent must start with a product token of letters, '_' or '-' (RFC 9309), was \""
              + userAgent
              + "\"");
    }
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("totalTimeout", totalTimeout);
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 1 and " + MAX_BODY_LIMIT + ", was " + maxBodyBytes);
    }
    if (maxRedirects < 0 || maxRedirects > MAX_REDIRECT_LIMIT) {
      throw new IllegalArgumentException(
          "maxRedirects must be between 0 and " + MAX_REDIRECT_LIMIT + ", was " + maxRedirects);
    }
    requireNotNegative("perHostDelay", perHostDelay);
    requireNotNegative("maxRetryAfter", maxRetryAfter);
    Objects.requireNonNull(allowedHosts, "allowedHosts");
    for (String host : allowedHosts) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("allowedHosts must not contain blank names");
      }
    }
    allowedHosts =
        allowedHosts.stream()
            .map(FetcherConfig::normalizeHost)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A builder with the defaults: 10 s connect, 30 s total, 10 MiB, 5 redirects, 1 s per host. */
  public static Builder builder(String userAgent) {
    return new Builder(userAgent);
  }

  /** The defaults listed on {@link #builder(String)}. */
  public static FetcherConfig defaults(String userAgent) {
    return builder(userAgent).build();
  }

  /** A builder starting from this config's values. */
  public Builder toBuilder() {
    return new Builder(userAgent)
        .connectTimeout(connectTimeout)
        .totalTimeout(totalTimeout)
        .maxBodyBytes(maxBodyBytes)
        .maxRedirects(maxRedirects)
        .perHostDelay(perHostDelay)
        .maxRetryAfter(maxRetryAfter)
        .allowedHosts(allowedHosts)
        .respectRobots(respectRobots);
  }

  /** The robots.txt name: the user agent's product token, lower-cased ({@code ledebot}). */
  public String robotsName() {
    Matcher m = PRODUCT_TOKEN.matcher(userAgent);
    m.find();
    return m.group().toLowerCase(Locale.ROOT);
  }

  /** Lower case, without IPv6 brackets or a trailing dot: the form the SSRF guard compares. */
  static String normalizeHost(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  private static void requirePositive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  private static void requireNotNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
  }

  /** Mutable builder for {@link FetcherConfig}; {@link #build()} validates. */
  public static final class Builder {
    private final String userAgent;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration totalTimeout = Duration.ofSeconds(30);
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private Duration perHostDelay = Duration.ofSeconds(1);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Set<String> allowedHosts = Set.of();
    private boolean respectRobots = true;

    private Builder(String userAgent) {
      this.userAgent = userAgent;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = totalTimeout;
      return this;
    }

    public Builder maxBodyBytes(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    public Builder maxRedirects(int maxRedirects) {
      this.maxRedirects = maxRedirects;
      return this;
    }

    public Builder perHostDelay(Duration perHostDelay) {
      this.perHostDelay = perHostDelay;
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    public Builder allowedHosts(Set<String> allowedHosts) {
      this.allowedHosts = allowedHosts;
      return this;
    }

    public Builder respectRobots(boolean respectRobots) {
      this.respectRobots = respectRobots;
      return this;
    }

    public FetcherConfig build() {
      return new FetcherConfig(
          userAgent,
          connectTimeout,
          totalTimeout,
          maxBodyBytes,
          maxRedirects,
          perHostDelay,
          maxRetryAfter,
          allowedHosts,
          respectRobots);
    }
  }
}
