package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomService;
import dev.lede.testing.Slow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz}, {@code /readyz} and {@code /metrics} of a served data folder. */
@Slow
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OperationsTest {
  @TempDir Path tmp;

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Debian's python3 with python3-prometheus-client (installed by .ci/run). */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static ServiceOptions noPoll() {
    ServiceOptions o = new ServiceOptions();
    o.noPoll = true;
    return o;
  }

  @Test
  void healthAndReadinessAnswerWhileServingAndReadinessDropsWhenStopping() throws Exception {
    Newsroom.open(tmp).close();
    try (Newsroom room = Newsroom.openForServing(tmp)) {
      NewsroomService running =
          ServeCommand.start(
              room, new LlmOptions(), "127.0.0.1", 0, 0, noPoll(), Clock.systemUTC());
      String base = running.server().localUrl();
      try {
        assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(base + "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");
      } finally {
        running.close();
      }
    }
  }

  @Test
  @Timeout(120)
  void metricsParseWithThePrometheusClientLibrarysTextParser() throws Exception {
    assumeThat(Files.isExecutable(PYTHON)).as("python3 at " + PYTHON).isTrue();
    assumeThat(run("import prometheus_client.parser", "").exit)
        .as("python3-prometheus-client installed")
        .isZero();
    Newsroom.open(tmp).close();
    String metrics;
    try (Newsroom room = Newsroom.openForServing(tmp)) {
      NewsroomService running =
          ServeCommand.start(
              room, new LlmOptions(), "127.0.0.1", 0, 0, noPoll(), Clock.systemUTC());
      try {
        String base = running.server().localUrl();
        get(base + "/healthz");
        get(base + "/no-such-page");
        HttpResponse<String> r = get(base + "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .startsWith("text/plain; version=0.0.4");
        metrics = r.body();
      } finally {
        running.close();
      }
    }
    // One line per sample: family name, family type, sample name, labels, value.
    Result parsed =
        run(
            "import sys\n"
                + "from prometheus_client.parser import text_string_to_metric_families as p\n"
                + "for f in p(sys.stdin.read()):\n"
                + "  for s in f.samples:\n"
                + "    print(f.name, f.type, s.name, sorted(s.labels.items()), s.value)\n",
            metrics);
    assertThat(parsed.exit).as(parsed.out).isZero();
    List<String> samples = parsed.out.lines().toList();
    System.out.printf(
        "OperationsTest: the Prometheus client's parser read %d samples of %d families%n",
        samples.size(), samples.stream().map(l -> l.split(" ")[0]).distinct().count());
    assertThat(samples)
        .anyMatch(
            l -> l.startsWith("lede_articles_stored counter lede_articles_stored_total [] 0"));
    assertThat(samples).anyMatch(l -> l.startsWith("lede_fetches counter lede_fetches_total"));
    assertThat(samples).anyMatch(l -> l.startsWith("lede_fetch_errors counter"));
    assertThat(samples).anyMatch(l -> l.startsWith("lede_stories_written counter"));
    assertThat(samples).anyMatch(l -> l.startsWith("lede_story_write_seconds histogram"));
    assertThat(samples).anyMatch(l -> l.startsWith("lede_articles gauge lede_articles [] 0"));
    // Request latency by route pattern: the health check and the unmatched 404 were counted.
    assertThat(samples)
        .anyMatch(
            l ->
                l.startsWith("lede_http_request_seconds")
                    && l.contains("_count")
                    && l.contains("('route', '/healthz')")
                    && l.contains("('status', '200')"));
    assertThat(samples)
        .anyMatch(
            l ->
                l.startsWith("lede_http_request_seconds")
                    && l.contains("('route', 'unmatched')")
                    && l.contains("('status', '404')"));
  }

  record Result(int exit, String out) {}

  static Result run(String script, String stdin) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, out);
    }
    return new Result(p.exitValue(), out);
  }
}
