package dev.lede.ingest.fetch;

import dev.lede.http.RetryAfter;
import dev.lede.http.StatusText;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP {@link Fetcher}: a GET passed through a chain of small stages, each with one job, in
 * this order:
 *
 * <ol>
 *   <li><b>SSRF guard</b> ({@code SsrfGuard}) refuses non-http(s) schemes, cloud metadata names and
 *       hosts resolving to loopback, private, link-local, any-local, multicast, CGNAT or reserved
 *       addresses, unless the host is in {@link FetcherConfig#allowedHosts()}. A refused source
 *       receives no request at all, not even for robots.txt.
 *   <li><b>Robots</b> ({@code RobotsTxt}) downloads robots.txt once per host (cached) and refuses
 *       disallowed URLs; per RFC 9309 a 4xx robots.txt allows everything, a 5xx or unreachable one
 *       disallows everything. Skipped when {@link FetcherConfig#respectRobots()} is false.
 *   <li><b>Politeness</b> ({@code Politeness}) keeps one request in flight per host, waits {@link
 *       FetcherConfig#perHostDelay()} between requests to a host and honours {@code Retry-After} on
 *       429/503 with a single retry.
 *   <li><b>Conditional GET</b> ({@code ConditionalGet}) sends {@code If-None-Match} and {@code
 *       If-Modified-Since} from the request; a 304 becomes {@link FetchResult.NotModified}.
 *   <li><b>Redirects</b> ({@code Redirects}) follows up to {@link FetcherConfig#maxRedirects()}
 *       redirects itself, detects loops, and puts every target through the SSRF guard and robots
 *       again.
 *   <li><b>Network</b> ({@code Network}) re-checks the hop with the SSRF guard, sends it on {@link
 *       HttpClient} (redirects never, no proxy), enforces the connect timeout and one total
 *       deadline over headers and body, decodes gzip/deflate itself and caps the <em>decoded</em>
 *       body at {@link FetcherConfig#maxBodyBytes()}.
 * </ol>
 *
 * The answer is then classified: 2xx is {@link FetchResult.Ok}, anything else a {@link
 * FetchResult.Failed} such as {@code http://example.org/a: status 404 Not Found}. Bodies are
 * returned as raw bytes with the {@code Content-Type} header untouched; charset decoding is the
 * caller's business.
 *
 * <p>Known limit (DNS rebinding): {@link HttpClient} resolves host names itself and cannot be told
 * to connect to an already checked address. The guard runs again right before each send, and both
 * lookups hit the JVM address cache ({@code networkaddress.cache.ttl}, 30 s by default), so the
 * client connects to an address checked a moment earlier; with that cache disabled a rebinding
 * window remains. For https a rebound address would also need a valid certificate for the name.
 *
 * <p>Thread-safe; share one instance so the per-host politeness and robots.txt cache apply across
 * callers.
 */
public final class HttpFetcher implements Fetcher {
  private final FetcherConfig config;
  private final List<Interceptor> stages;

  private HttpFetcher(FetcherConfig config, List<Interceptor> stages) {
    this.config = config;
    this.stages = List.copyOf(stages);
  }

  /** A fetcher with the given settings; resolves host names through the system resolver. */
  public static HttpFetcher create(FetcherConfig config) {
    return create(config, InetAddress::getAllByName);
  }

  static HttpFetcher create(FetcherConfig config, SsrfGuard.Resolver resolver) {
    Objects.requireNonNull(config, "config");
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    SsrfGuard guard = new SsrfGuard(config.allowedHosts(), resolver);
    List<HopCheck> hopChecks = new ArrayList<>(List.of(guard));
    List<Interceptor> stages = new ArrayList<>();
    stages.add(guard);
    if (config.respectRobots()) {
      List<Interceptor> robotsStages =
          List.of(
              new Redirects(FetcherConfig.DEFAULT_MAX_REDIRECTS, List.of(guard)),
              new Network(
                  client,
                  config.userAgent(),
                  config.connectTimeout(),
                  config.totalTimeout(),
                  new Network.BodyLimit(RobotsTxt.MAX_BYTES, true),
                  guard));
      RobotsTxt robots =
          new RobotsTxt(
              (URI robotsUri) ->
                  RealChain.run(robotsStages, Request.of(FetchRequest.of(robotsUri))),
              config.robotsName(),
              System::nanoTime);
      stages.add(robots);
      hopChecks.add(robots);
    }
    stages.add(new Politeness(config.perHostDelay(), config.maxRetryAfter()));
    stages.add(new ConditionalGet());
    stages.add(new Redirects(config.maxRedirects(), hopChecks));
    stages.add(
        new Network(
            client,
            config.userAgent(),
            config.connectTimeout(),
            config.totalTimeout(),
            new Network.BodyLimit(config.maxBodyBytes(), false),
            guard));
    return new HttpFetcher(config, stages);
  }

  public FetcherConfig config() {
    return config;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    Objects.requireNonNull(request, "request");
    try {
      return classify(request, RealChain.run(stages, Request.of(request)));
    } catch (RuntimeException e) {
      // a bug in a stage must not take the caller's ingest loop down with it
      return new FetchResult.Failed(
          request.uri(), request.uri() + ": internal error in the fetcher: " + e, false);
    }
  }

  private static FetchResult classify(FetchRequest request, Response response) {
    if (response instanceof Response.Done done) {
      return done.result();
    }
    Response.Received received = (Response.Received) response;
    int status = received.status();
    if (status >= 200 && status < 300) {
      return new FetchResult.Ok(
          request.uri(),
          received.uri(),
          status,
          received.headers().firstValue("Content-Type"),
          received.body(),
          received.headers().firstValue("ETag"),
          received.headers().firstValue("Last-Modified"),
          received.headers().firstValue("Cache-Control"));
    }
    FetchResult.Failed failed =
        new FetchResult.Failed(
            request.uri(), received.uri() + ": status " + StatusText.of(status), false);
    return RetryAfter.parse(received.headers().firstValue("Retry-After"), java.time.Instant.now())
        .map(failed::withRetryAfter)
        .orElse(failed);
  }
}
