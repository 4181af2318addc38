package dev.lede.ingest.fetch;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.lede.http.StatusText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Stage 2: obeys robots.txt (RFC 9309, parsed by crawler-commons). The file is downloaded once per
 * scheme, host and port and cached: a fetched file or a 4xx answer for 24 hours (RFC 9309 asks for
 * no longer), an unreachable file for 10 minutes so a passing outage does not block a host for a
 * day.
 *
 * <ul>
 *   <li>2xx: the rules of the group matching the user agent's product token (or {@code *}).
 *   <li>4xx (e.g. 404): no robots.txt, everything allowed.
 *   <li>5xx, network failure, timeout, too many redirects: complete disallow.
 * </ul>
 *
 * A disallowed URL comes back as {@link FetchResult.Failed} with {@code refused=true} and a message
 * naming the URL and the robots.txt. The download itself goes through the SSRF guard, redirects (at
 * most 5, as RFC 9309 asks) and the network stage, capped at 512 KiB (RFC 9309: at least 500 KiB
 * must be parsed, more may be ignored). The verdicts are a Caffeine cache, expiring by the clock
 * given (its ticker) and bounded to {@link #MAX_HOSTS} hosts, so a long-running server polling many
 * hosts does not keep every host it ever met.
 */
final class RobotsTxt implements Interceptor, HopCheck {
  static final Duration FRESH_FOR = Duration.ofHours(24);
  static final Duration UNREACHABLE_FOR = Duration.ofMinutes(10);
  static final int MAX_BYTES = 512 * 1024;
  static final int MAX_HOSTS = 10_000;

  private final Function<URI, Response> download;
  private final List<String> robotNames;
  // Verdicts by robots.txt URL; a future, so a download in flight is shared, not repeated.
  private final AsyncCache<String, Verdict> cache;

  /**
   * @param download fetches a robots.txt URI through the guarded, capped sub-chain
   * @param robotName the lower-case product token matched against {@code User-agent} lines
   * @param nanoTime clock for cache expiry
   */
  RobotsTxt(Function<URI, Response> download, String robotName, LongSupplier nanoTime) {
    this.download = download;
    this.robotNames = List.of(robotName);
    this.cache =
        Caffeine.newBuilder()
            .ticker(nanoTime::getAsLong)
            .expireAfter(Expiry.<String, Verdict>writing((uri, v) -> v.keepFor()))
            .maximumSize(MAX_HOSTS)
            .executor(Runnable::run)
            .buildAsync();
  }

  @Override
  public Response intercept(Chain chain) {
    return refuseOrProceed(chain);
  }

  @Override
  public Optional<FetchResult.Failed> check(Request hop) {
    URI uri = hop.uri();
    if ("/robots.txt".equals(uri.getRawPath())) {
      return Optional.empty();
    }
    URI robotsUri;
    try {
      robotsUri = robotsUri(uri);
    } catch (URISyntaxException e) {
      return Optional.of(hop.refuse("cannot build the robots.txt URL: " + e.getMessage()));
    }
    Verdict verdict = verdict(robotsUri);
    return verdict.rules().isAllowed(uri.toString())
        ? Optional.empty()
        : Optional.of(hop.refuse(verdict.whyDisallowed()));
  }

  static URI robotsUri(URI uri) throws URISyntaxException {
    return new URI(
        uri.getScheme().toLowerCase(Locale.ROOT),
        null,
        uri.getHost().toLowerCase(Locale.ROOT),
        uri.getPort(),
        "/robots.txt",
        null,
        null);
  }

  private Verdict verdict(URI robotsUri) {
    // One download per host at a time: the first caller downloads (outside any lock of the
    // cache's map), other callers for the same host wait for its result.
    CompletableFuture<Verdict> mine = new CompletableFuture<>();
    CompletableFuture<Verdict> earlier = cache.asMap().putIfAbsent(robotsUri.toString(), mine);
    if (earlier != null) {
      return earlier.join();
    }
    try {
      Verdict v = load(robotsUri);
      mine.complete(v);
      return v;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e); // the cache drops a failed future
      throw e;
    }
  }

  /** How many hosts' verdicts are kept, after any pending eviction (tests). */
  int hostsKept() {
    cache.synchronous().cleanUp();
    return Math.toIntExact(cache.synchronous().estimatedSize());
  }

  private Verdict load(URI robotsUri) {
    Response response = download.apply(robotsUri);
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    if (response instanceof Response.Received received) {
      int status = received.status();
      if (status >= 200 && status < 300) {
        BaseRobotRules rules =
            parser.parseContent(
                robotsUri.toString(),
                received.body(),
                received.headers().firstValue("Content-Type").orElse("text/plain"),
                robotNames);
        return new Verdict(rules, "disallowed by " + robotsUri, FRESH_FOR);
      }
      if (status >= 400 && status < 500) {
        return new Verdict(parser.failedFetch(status), "disallowed by " + robotsUri, FRESH_FOR);
      }
      return new Verdict(
          parser.failedFetch(status),
          robotsUri + " answered " + StatusText.of(status) + ", so everything is disallowed",
          UNREACHABLE_FOR);
    }
    String why =
        response instanceof Response.Done done && done.result() instanceof FetchResult.Failed f
            ? f.reason()
            : robotsUri + ": no usable answer";
    return new Verdict(
        parser.failedFetch(503),
        "robots.txt unreachable (" + why + "), so everything is disallowed",
        UNREACHABLE_FOR);
  }

  private record Verdict(BaseRobotRules rules, String whyDisallowed, Duration keepFor) {}
}
