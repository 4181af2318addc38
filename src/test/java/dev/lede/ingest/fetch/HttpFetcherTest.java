package dev.lede.ingest.fetch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.TestHttpServer;
import dev.lede.testing.TestHttpServer.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link HttpFetcher} against a real server on 127.0.0.1. */
@Timeout(10) // a regression in a deadline should fail, not hang the build
class HttpFetcherTest {
  private static final String AGENT = "LedeBot/0.1 (+https://lede.dev/bot)";

  private TestHttpServer server;

  @BeforeEach
  void startServer() {
    server = TestHttpServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Loopback allowed, no robots, no delay: each nested class turns on what it tests. */
  private static FetcherConfig.Builder config() {
    return FetcherConfig.builder(AGENT)
        .allowedHosts(Set.of("127.0.0.1"))
        .perHostDelay(Duration.ZERO)
        .connectTimeout(Duration.ofSeconds(2))
        .totalTimeout(Duration.ofSeconds(5))
        .respectRobots(false);
  }

  private static FetchResult fetch(FetcherConfig config, URI uri) {
    return HttpFetcher.create(config).fetch(FetchRequest.of(uri));
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static FetchResult.Ok ok(FetchResult result) {
    assertThat(result).isInstanceOf(FetchResult.Ok.class);
    return (FetchResult.Ok) result;
  }

  @Nested
  class SsrfGuard {
    @Test
    void aRefusedSourceReceivesNoRequestAtAllNotEvenForRobotsTxt() {
      server.route("/page", TestHttpServer.respond(200, "hello"));
      FetcherConfig noExemptions = config().allowedHosts(Set.of()).respectRobots(true).build();

      FetchResult result = fetch(noExemptions, server.uri("/page"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/page"),
                  base() + "/page: refused: 127.0.0.1 is a loopback address",
                  true));
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void allowingAnAddressDoesNotAllowANameThatResolvesToIt() {
      server.route("/page", TestHttpServer.respond(200, "hello"));
      URI viaName = URI.create("http://localhost:" + server.port() + "/page");

      FetchResult result = fetch(config().respectRobots(true).build(), viaName);

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  viaName,
                  viaName + ": refused: localhost resolves to 127.0.0.1, a loopback address",
                  true));
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void aPrivateAddressIsRefused() {
      URI uri = URI.create("http://10.0.0.1/");

      assertThat(fetch(config().build(), uri))
          .isEqualTo(
              new FetchResult.Failed(
                  uri, "http://10.0.0.1/: refused: 10.0.0.1 is a private address", true));
    }

    @Test
    void aNonHttpSchemeIsRefused() {
      URI uri = URI.create("file:///etc/passwd");

      assertThat(fetch(config().build(), uri))
          .isEqualTo(
              new FetchResult.Failed(
                  uri, "file:///etc/passwd: refused: scheme file is not http or https", true));
    }

    @Test
    void aRedirectToTheCloudMetadataServiceIsRefusedBeforeItIsSent() {
      server.route("/r", TestHttpServer.redirect(302, "http://169.254.169.254/latest/meta-data/"));

      FetchResult result = fetch(config().build(), server.uri("/r"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a cloud"
                      + " metadata address (redirected from "
                      + base()
                      + "/r)",
                  true));
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
      server.route("/r", TestHttpServer.redirect(301, "http://10.0.0.1/admin"));

      FetchResult result = fetch(config().build(), server.uri("/r"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  "http://10.0.0.1/admin: refused: 10.0.0.1 is a private address (redirected from "
                      + base()
                      + "/r)",
                  true));
    }

    @Test
    void aRedirectToLocalhostIsRefusedWhenOnly127001IsAllowed() {
      String target = "http://localhost:" + server.port() + "/secret";
      server.route("/r", TestHttpServer.redirect(302, target));
      server.route("/secret", TestHttpServer.respond(200, "secret"));

      FetchResult result = fetch(config().build(), server.uri("/r"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  target
                      + ": refused: localhost resolves to 127.0.0.1, a loopback address"
                      + " (redirected from "
                      + base()
                      + "/r)",
                  true));
      assertThat(server.paths()).containsExactly("/r");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
      server.route("/r", TestHttpServer.redirect(302, "ftp://example.org/file"));

      FetchResult result = fetch(config().build(), server.uri("/r"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  "ftp://example.org/file: refused: scheme ftp is not http or https"
                      + " (redirected from "
                      + base()
                      + "/r)",
                  true));
    }
  }

  @Nested
  class Robots {
    private final FetcherConfig robots = config().respectRobots(true).build();

    @Test
    void aMissingRobotsTxtAllowsEverything() {
      server.route("/page", TestHttpServer.respond(200, "hello"));

      FetchResult result = fetch(robots, server.uri("/page"));

      assertThat(ok(result).body()).isEqualTo("hello".getBytes(UTF_8));
      assertThat(server.paths()).containsExactly("/robots.txt", "/page");
    }

    @Test
    void aRobotsTxtAnsweringServerErrorDisallowsEverything() {
      server.route("/robots.txt", TestHttpServer.respond(500, "oops"));
      server.route("/page", TestHttpServer.respond(200, "hello"));

      FetchResult result = fetch(robots, server.uri("/page"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/page"),
                  base()
                      + "/page: refused: "
                      + base()
                      + "/robots.txt answered 500 Internal Server Error, so everything is"
                      + " disallowed",
                  true));
      assertThat(server.paths()).containsExactly("/robots.txt");
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverything() {
      server.route("/robots.txt", TestHttpServer.silent());
      server.route("/page", TestHttpServer.respond(200, "hello"));
      FetcherConfig impatient = robots.toBuilder().totalTimeout(Duration.ofMillis(300)).build();

      FetchResult result = fetch(impatient, server.uri("/page"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/page"),
                  base()
                      + "/page: refused: robots.txt unreachable ("
                      + base()
                      + "/robots.txt: timed out after 300ms), so everything is disallowed",
                  true));
      assertThat(server.paths()).containsExactly("/robots.txt");
    }

    @Test
    void aDisallowedUrlIsRefusedNamingRobotsTxtWhichIsFetchedOnce() {
      server.route(
          "/robots.txt",
          TestHttpServer.respond(
              200, "User-agent: *\nDisallow: /private\n", "Content-Type", "text/plain"));
      server.route("/public", TestHttpServer.respond(200, "hello"));
      HttpFetcher fetcher = HttpFetcher.create(robots);

      FetchResult refused = fetcher.fetch(FetchRequest.of(server.uri("/private/a")));
      FetchResult allowed = fetcher.fetch(FetchRequest.of(server.uri("/public")));

      assertThat(refused)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/private/a"),
                  base() + "/private/a: refused: disallowed by " + base() + "/robots.txt",
                  true));
      assertThat(ok(allowed).body()).isEqualTo("hello".getBytes(UTF_8));
      assertThat(server.paths()).containsExactly("/robots.txt", "/public");
    }

    @Test
    void theGroupForLedesOwnProductTokenWinsOverTheWildcard() {
      server.route(
          "/robots.txt",
          TestHttpServer.respond(
              200, "User-agent: *\nAllow: /\n\nUser-agent: LedeBot\nDisallow: /\n"));

      FetchResult result = fetch(robots, server.uri("/page"));

      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      assertThat(((FetchResult.Failed) result).reason())
          .isEqualTo(base() + "/page: refused: disallowed by " + base() + "/robots.txt");
    }

    @Test
    void aRedirectIntoADisallowedPathIsRefused() {
      server.route(
          "/robots.txt", TestHttpServer.respond(200, "User-agent: *\nDisallow: /secret\n"));
      server.route("/r", TestHttpServer.redirect(302, "/secret/page"));

      FetchResult result = fetch(robots, server.uri("/r"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  base()
                      + "/secret/page: refused: disallowed by "
                      + base()
                      + "/robots.txt (redirected from "
                      + base()
                      + "/r)",
                  true));
      assertThat(server.paths()).containsExactly("/robots.txt", "/r");
    }
  }

  @Nested
  class Politeness {
    @Test
    void onlyOneRequestPerHostIsInFlightAtATime() throws Exception {
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger mostInFlight = new AtomicInteger();
      server.route(
          "/page",
          exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            TestHttpServer.holding(
                    Duration.ofMillis(100),
                    e -> {
                      inFlight.decrementAndGet();
                      TestHttpServer.respond(200, "hello").handle(e);
                    })
                .handle(exchange);
          });
      HttpFetcher fetcher = HttpFetcher.create(config().build());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<FetchResult>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          results.add(pool.submit(() -> fetcher.fetch(FetchRequest.of(server.uri("/page")))));
        }
        for (Future<FetchResult> result : results) {
          assertThat(result.get()).isInstanceOf(FetchResult.Ok.class);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(server.requests()).hasSize(4);
      assertThat(mostInFlight.get()).isEqualTo(1);
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostDelay() {
      server.route("/page", TestHttpServer.respond(200, "hello"));
      HttpFetcher fetcher =
          HttpFetcher.create(config().perHostDelay(Duration.ofMillis(300)).build());

      fetcher.fetch(FetchRequest.of(server.uri("/page")));
      fetcher.fetch(FetchRequest.of(server.uri("/page")));

      List<TestHttpServer.Recorded> requests = server.requests();
      assertThat(requests).hasSize(2);
      assertThat(requests.get(1).receivedNanos() - requests.get(0).receivedNanos())
          .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }

    @Test
    void retryAfterOn429IsWaitedForThenRetriedOnce() {
      AtomicInteger calls = new AtomicInteger();
      server.route(
          "/busy",
          exchange -> {
            if (calls.incrementAndGet() == 1) {
              TestHttpServer.respond(429, "slow down", "Retry-After", "1").handle(exchange);
            } else {
              TestHttpServer.respond(200, "finally").handle(exchange);
            }
          });

      FetchResult result = fetch(config().build(), server.uri("/busy"));

      assertThat(ok(result).body()).isEqualTo("finally".getBytes(UTF_8));
      List<TestHttpServer.Recorded> requests = server.requests();
      assertThat(requests).hasSize(2);
      assertThat(requests.get(1).receivedNanos() - requests.get(0).receivedNanos())
          .isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    }

    @Test
    void retryAfterLongerThanTheCapFailsAtOnce() {
      server.route("/busy", TestHttpServer.respond(429, "slow down", "Retry-After", "120"));

      FetchResult result =
          fetch(config().maxRetryAfter(Duration.ofSeconds(10)).build(), server.uri("/busy"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/busy"),
                  base()
                      + "/busy: status 429 Too Many Requests with Retry-After 120s, longer than the"
                      + " 10s Lede waits",
                  false,
                  java.util.Optional.of(Duration.ofSeconds(120)))); // kept for a poll schedule
      // One request: it did not wait and retry (no wall-clock assert; a loaded machine is slow).
      assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSecondRefusalAfterRetryAfterFails() {
      server.route("/busy", TestHttpServer.respond(503, "down", "Retry-After", "0"));

      FetchResult result = fetch(config().build(), server.uri("/busy"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/busy"),
                  base()
                      + "/busy: status 503 Service Unavailable again after waiting 0s as"
                      + " Retry-After asked",
                  false));
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Nested
  class ConditionalGet {
    @Test
    void aMatchingEtagComesBackAsNotModified() {
      server.route(
          "/feed",
          exchange -> {
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v1\"".equals(sent)) {
              TestHttpServer.respond(304, new byte[0]).handle(exchange);
            } else {
              TestHttpServer.respond(200, "<rss/>", "ETag", "\"v1\"").handle(exchange);
            }
          });
      HttpFetcher fetcher = HttpFetcher.create(config().build());

      FetchResult.Ok first = ok(fetcher.fetch(FetchRequest.of(server.uri("/feed"))));
      FetchResult second =
          fetcher.fetch(new FetchRequest(server.uri("/feed"), first.etag(), Optional.empty()));

      assertThat(first.etag()).contains("\"v1\"");
      assertThat(second).isEqualTo(new FetchResult.NotModified(server.uri("/feed")));
      assertThat(server.requests().get(1).header("If-None-Match")).contains("\"v1\"");
      assertThat(server.requests().get(0).header("If-None-Match")).isEmpty();
    }

    @Test
    void aMatchingLastModifiedComesBackAsNotModified() {
      String date = "Wed, 21 Oct 2015 07:28:00 GMT";
      server.route(
          "/feed",
          exchange -> {
            if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
              TestHttpServer.respond(304, new byte[0]).handle(exchange);
            } else {
              TestHttpServer.respond(200, "<rss/>", "Last-Modified", date).handle(exchange);
            }
          });
      HttpFetcher fetcher = HttpFetcher.create(config().build());

      FetchResult.Ok first = ok(fetcher.fetch(FetchRequest.of(server.uri("/feed"))));
      FetchResult second =
          fetcher.fetch(
              new FetchRequest(server.uri("/feed"), Optional.empty(), first.lastModified()));

      assertThat(first.lastModified()).contains(date);
      assertThat(second).isEqualTo(new FetchResult.NotModified(server.uri("/feed")));
    }

    @Test
    void aNotModifiedAnswerToAnUnconditionalRequestIsAFailure() {
      server.route("/feed", TestHttpServer.respond(304, new byte[0]));

      assertThat(fetch(config().build(), server.uri("/feed")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/feed"), base() + "/feed: status 304 Not Modified", false));
    }
  }

  @Nested
  class Redirects {
    @Test
    void threeRedirectsAreFollowedResolvingRelativeLocations() {
      server.route("/r1", TestHttpServer.redirect(301, base() + "/r2"));
      server.route("/r2", TestHttpServer.redirect(302, "r3"));
      server.route("/r3", TestHttpServer.redirect(307, "/final?x=1#top"));
      server.route("/final", TestHttpServer.respond(200, "done", "Content-Type", "text/plain"));

      FetchResult.Ok result = ok(fetch(config().build(), server.uri("/r1")));

      assertThat(result.uri()).isEqualTo(server.uri("/r1"));
      assertThat(result.finalUri()).isEqualTo(server.uri("/final?x=1"));
      assertThat(result.body()).isEqualTo("done".getBytes(UTF_8));
      assertThat(server.paths()).containsExactly("/r1", "/r2", "/r3", "/final");
    }

    @Test
    void aSixthRedirectIsOneTooMany() {
      for (int i = 1; i <= 6; i++) {
        server.route("/h" + i, TestHttpServer.redirect(302, "/h" + (i + 1)));
      }
      server.route("/h7", TestHttpServer.respond(200, "never"));

      FetchResult result = fetch(config().build(), server.uri("/h1"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/h1"), base() + "/h1: too many redirects (more than 5)", false));
      assertThat(server.paths()).containsExactly("/h1", "/h2", "/h3", "/h4", "/h5", "/h6");
    }

    @Test
    void aRedirectLoopIsDetected() {
      server.route("/a", TestHttpServer.redirect(302, "/b"));
      server.route("/b", TestHttpServer.redirect(302, "/a"));

      FetchResult result = fetch(config().build(), server.uri("/a"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/a"),
                  base()
                      + "/a: redirect loop: "
                      + base()
                      + "/a -> "
                      + base()
                      + "/b -> "
                      + base()
                      + "/a",
                  false));
      assertThat(server.paths()).containsExactly("/a", "/b");
    }

    @Test
    void aRedirectWithoutLocationFails() {
      server.route("/r", TestHttpServer.respond(302, new byte[0]));

      assertThat(fetch(config().build(), server.uri("/r")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/r"),
                  base() + "/r: status 302 Found without a Location header",
                  false));
    }
  }

  @Nested
  class Network {
    @Test
    void aServerThatNeverAnswersTimesOut() {
      // The failure names the 500 ms deadline.
      server.route("/slow", TestHttpServer.silent());
      FetchResult result =
          fetch(config().totalTimeout(Duration.ofMillis(500)).build(), server.uri("/slow"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/slow"), base() + "/slow: timed out after 500ms", false));
    }

    @Test
    void aServerTricklingItsBodyFailsWithinTheTotalTimeout() {
      // Without the total deadline this never returns, and the class's @Timeout fails it.
      server.route("/trickle", TestHttpServer.trickling(Duration.ofMillis(50)));
      FetchResult result =
          fetch(config().totalTimeout(Duration.ofMillis(500)).build(), server.uri("/trickle"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/trickle"), base() + "/trickle: timed out after 500ms", false));
    }

    @Test
    void anEndlessChunkedBodyStopsAtTheCap() {
      server.route("/endless", endless(new byte[8192]));

      FetchResult result = fetch(config().maxBodyBytes(100_000).build(), server.uri("/endless"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/endless"), base() + "/endless: body exceeds 100000 bytes", false));
    }

    @Test
    void aBodyOfExactlyTheCapIsAcceptedAndOneByteMoreIsNot() {
      byte[] atCap = new byte[100_000];
      server.route("/at", TestHttpServer.respond(200, atCap));
      server.route("/over", TestHttpServer.respond(200, new byte[100_001]));
      FetcherConfig capped = config().maxBodyBytes(100_000).build();

      assertThat(ok(fetch(capped, server.uri("/at"))).body()).hasSize(100_000);
      assertThat(fetch(capped, server.uri("/over")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/over"),
                  base() + "/over: body exceeds 100000 bytes (Content-Length 100001)",
                  false));
    }

    @Test
    void aGzipBombStopsAtTheCapOnDecodedBytes() {
      // 1 GiB of zeros, compressed while streaming: about 1 MB on the wire
      server.route(
          "/bomb",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0);
            byte[] zeros = new byte[64 * 1024];
            try (OutputStream gzip = new GZIPOutputStream(exchange.getResponseBody())) {
              for (int i = 0; i < 16 * 1024; i++) {
                gzip.write(zeros);
              }
            }
          });

      FetchResult result = fetch(config().build(), server.uri("/bomb"));

      assertThat(result)
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/bomb"), base() + "/bomb: body exceeds 10485760 bytes", false));
    }

    @Test
    void aGzipBodyIsDecoded() throws IOException {
      byte[] html = "<p>Grüße</p>".repeat(100).getBytes(UTF_8);
      server.route(
          "/gz",
          TestHttpServer.respond(
              200, gzip(html), "Content-Encoding", "gzip", "Content-Type", "text/html"));

      FetchResult.Ok result = ok(fetch(config().build(), server.uri("/gz")));

      assertThat(result.body()).isEqualTo(html);
      assertThat(result.contentType()).contains("text/html");
      assertThat(server.requests().get(0).header("Accept-Encoding")).contains("gzip, deflate");
    }

    @Test
    void aZlibDeflateBodyIsDecoded() throws IOException {
      byte[] text = "deflated text ".repeat(50).getBytes(UTF_8);
      server.route(
          "/z", TestHttpServer.respond(200, deflate(text, false), "Content-Encoding", "deflate"));

      assertThat(ok(fetch(config().build(), server.uri("/z"))).body()).isEqualTo(text);
    }

    @Test
    void aRawDeflateBodyIsDecoded() throws IOException {
      byte[] text = "raw deflated text ".repeat(50).getBytes(UTF_8);
      server.route(
          "/raw", TestHttpServer.respond(200, deflate(text, true), "Content-Encoding", "deflate"));

      assertThat(ok(fetch(config().build(), server.uri("/raw"))).body()).isEqualTo(text);
    }

    @Test
    void aBodyThatIsNotReallyGzipFails() {
      server.route("/bad", TestHttpServer.respond(200, "plain text", "Content-Encoding", "gzip"));

      assertThat(fetch(config().build(), server.uri("/bad")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/bad"),
                  base() + "/bad: cannot decode the gzip body: Not in GZIP format",
                  false));
    }

    @Test
    void anUnsupportedContentEncodingFails() {
      server.route("/br", TestHttpServer.respond(200, "xyz", "Content-Encoding", "br"));

      assertThat(fetch(config().build(), server.uri("/br")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/br"), base() + "/br: unsupported Content-Encoding br", false));
    }

    @Test
    void bytesInAnUnknownCharsetArePassedThroughUntouched() {
      byte[] latin1 = "café".getBytes(ISO_8859_1);
      server.route(
          "/page",
          TestHttpServer.respond(
              200, latin1, "Content-Type", "text/html; charset=no-such-charset"));

      FetchResult.Ok result = ok(fetch(config().build(), server.uri("/page")));

      assertThat(result.body()).isEqualTo(latin1);
      assertThat(result.contentType()).contains("text/html; charset=no-such-charset");
    }

    @Test
    void aBodyWithoutContentTypeIsPassedThroughUntouched() {
      byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0, 'a'};
      server.route("/blob", TestHttpServer.respond(200, bytes));

      FetchResult.Ok result = ok(fetch(config().build(), server.uri("/blob")));

      assertThat(result.body()).isEqualTo(bytes);
      assertThat(result.contentType()).isEmpty();
      assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void aClientErrorStatusIsAFailureNamingTheStatus() {
      assertThat(fetch(config().build(), server.uri("/missing")))
          .isEqualTo(
              new FetchResult.Failed(
                  server.uri("/missing"), base() + "/missing: status 404 Not Found", false));
    }

    @Test
    void aClosedPortIsAFailureNamingTheProblem() throws IOException {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      URI uri = URI.create("http://127.0.0.1:" + port + "/");

      FetchResult result = fetch(config().build(), uri);

      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      FetchResult.Failed failed = (FetchResult.Failed) result;
      assertThat(failed.refused()).isFalse();
      // JDK 17 adds no detail, later JDKs append ": Connection refused"
      assertThat(failed.reason()).matches(Pattern.quote(uri + ": cannot connect") + "(: .+)?");
    }

    @Test
    void theUserAgentIsSent() {
      server.route("/page", TestHttpServer.respond(200, "hello"));

      fetch(config().build(), server.uri("/page"));

      assertThat(server.requests().get(0).header("User-Agent")).contains(AGENT);
    }
  }

  private static Handler endless(byte[] chunk) {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      while (true) {
        out.write(chunk);
      }
    };
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(data);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }
}
