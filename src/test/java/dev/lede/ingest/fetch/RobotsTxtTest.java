package dev.lede.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link RobotsTxt} with a scripted download and a fake clock. */
class RobotsTxtTest {
  private final AtomicLong now = new AtomicLong();
  private final List<URI> downloads = new ArrayList<>();

  private RobotsTxt robots(Function<URI, Response> answer) {
    return new RobotsTxt(
        uri -> {
          downloads.add(uri);
          return answer.apply(uri);
        },
        "ledebot",
        now::get);
  }

  private static Response text(int status, String body) {
    return new Response.Received(
        URI.create("http://h.test/robots.txt"),
        status,
        HttpHeaders.of(Map.of("Content-Type", List.of("text/plain")), (a, b) -> true),
        body.getBytes(UTF_8));
  }

  private static Optional<FetchResult.Failed> check(RobotsTxt robots, String uri) {
    return robots.check(Request.of(FetchRequest.of(URI.create(uri))));
  }

  @Test
  void robotsTxtIsDownloadedOncePerSchemeHostAndPort() {
    RobotsTxt robots = robots(uri -> text(200, "User-agent: *\nDisallow: /x\n"));

    check(robots, "http://h.test/a");
    check(robots, "http://H.test/b");
    check(robots, "http://h.test:8080/c");
    check(robots, "https://h.test/d");

    assertThat(downloads)
        .containsExactly(
            URI.create("http://h.test/robots.txt"),
            URI.create("http://h.test:8080/robots.txt"),
            URI.create("https://h.test/robots.txt"));
  }

  @Test
  void aFetchedRobotsTxtIsKeptFor24Hours() {
    RobotsTxt robots = robots(uri -> text(200, "User-agent: *\nDisallow: /x\n"));

    check(robots, "http://h.test/a");
    now.addAndGet(Duration.ofHours(24).minusSeconds(1).toNanos());
    check(robots, "http://h.test/a");
    assertThat(downloads).hasSize(1);

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    check(robots, "http://h.test/a");
    assertThat(downloads).hasSize(2);
  }

  @Test
  void theVerdictsOfNoMoreHostsThanTheBoundAreKept() {
    RobotsTxt robots = robots(uri -> text(200, "User-agent: *\nDisallow: /x\n"));

    int hosts = RobotsTxt.MAX_HOSTS + 500;
    for (int i = 0; i < hosts; i++) {
      check(robots, "http://h" + i + ".test/a");
    }

    assertThat(downloads).hasSize(hosts);
    assertThat(robots.hostsKept()).isPositive().isLessThanOrEqualTo(RobotsTxt.MAX_HOSTS);
  }

  @Test
  void anUnreachableRobotsTxtIsRetriedAfterTenMinutes() {
    RobotsTxt robots = robots(uri -> text(503, ""));

    assertThat(check(robots, "http://h.test/a")).isPresent();
    now.addAndGet(Duration.ofMinutes(10).toNanos());
    check(robots, "http://h.test/a");

    assertThat(downloads).hasSize(2);
  }

  @Test
  void aFailedDownloadDisallowsEverythingNamingTheFailure() {
    FetchResult.Failed failure =
        new FetchResult.Failed(
            URI.create("http://h.test/robots.txt"),
            "http://h.test/robots.txt: cannot connect",
            false);
    RobotsTxt robots = robots(uri -> new Response.Done(failure));

    assertThat(check(robots, "http://h.test/a"))
        .contains(
            new FetchResult.Failed(
                URI.create("http://h.test/a"),
                "http://h.test/a: refused: robots.txt unreachable (http://h.test/robots.txt:"
                    + " cannot connect), so everything is disallowed",
                true));
  }

  @Test
  void aForbiddenRobotsTxtAllowsEverything() {
    RobotsTxt robots = robots(uri -> text(403, ""));

    assertThat(check(robots, "http://h.test/anything")).isEmpty();
  }

  @Test
  void robotsTxtItselfIsNeverRefused() {
    RobotsTxt robots = robots(uri -> text(500, ""));

    assertThat(check(robots, "http://h.test/robots.txt")).isEmpty();
    assertThat(downloads).isEmpty();
  }

  @Test
  void allowAndDisallowFollowTheLongestMatch() {
    RobotsTxt robots =
        robots(uri -> text(200, "User-agent: *\nDisallow: /news/\nAllow: /news/public/\n"));

    assertThat(check(robots, "http://h.test/news/secret")).isPresent();
    assertThat(check(robots, "http://h.test/news/public/today")).isEmpty();
    assertThat(check(robots, "http://h.test/other")).isEmpty();
  }
}
