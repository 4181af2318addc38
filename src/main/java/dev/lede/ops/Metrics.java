package dev.lede.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The process's metrics in a Micrometer Prometheus registry, named so the text format shows them as
 * {@code lede_articles_stored_total}, {@code lede_fetches_total{outcome}}, {@code
 * lede_fetch_errors_total}, {@code lede_stories_written_total}, {@code lede_story_write_seconds}
 * and {@code lede_http_request_seconds{method,route,status}}, plus the gauges a caller registers.
 * Thread-safe.
 */
public final class Metrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter articlesStored;
  private final Counter fetchErrors;
  private final Counter storiesWritten;
  private final Timer storyWrite;

  private Metrics() {
    articlesStored = counter("lede.articles.stored", "Articles newly stored by this process");
    fetchErrors = counter("lede.fetch.errors", "Source polls that failed or were refused");
    storiesWritten = counter("lede.stories.written", "Story versions written by this process");
    storyWrite =
        Timer.builder("lede.story.write")
            .description("Time to write one story version")
            .publishPercentileHistogram()
            .register(registry);
    for (String outcome : new String[] {"ok", "not_modified", "failed"}) {
      fetchCounter(outcome); // present from the start, at 0
    }
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }

  /** A fresh registry with every Lede meter at zero. */
  public static Metrics create() {
    return new Metrics();
  }

  public void articlesStored(int n) {
    if (n > 0) {
      articlesStored.increment(n);
    }
  }

  /** One poll of a source: {@code ok}, {@code not_modified} or {@code failed}. */
  public void fetched(String outcome) {
    fetchCounter(outcome).increment();
    if (outcome.equals("failed")) {
      fetchErrors.increment();
    }
  }

  private Counter fetchCounter(String outcome) {
    return Counter.builder("lede.fetches")
        .description("Source polls by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  public void storyWritten(Duration took) {
    storiesWritten.increment();
    storyWrite.record(took);
  }

  /**
   * A writer stage ({@code planner}, {@code composer}, ...) threw and the story was written without
   * it: a fault to look into, though no story was lost.
   */
  public void writeFallback(String stage) {
    Counter.builder("lede.story.write.fallbacks")
        .description("Writer stages that threw and were written around, by stage")
        .tag("stage", stage)
        .register(registry)
        .increment();
  }

  /** One answered HTTP request; {@code route} is the matched path pattern, not the raw path. */
  public void request(String method, String route, int status, Duration took) {
    Timer.builder("lede.http.request")
        .description("HTTP requests answered")
        .tag("method", method.toUpperCase(Locale.ROOT))
        .tag("route", route.isEmpty() ? "unmatched" : route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(took);
  }

  /** A gauge read at each scrape, e.g. the articles in the store. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Objects.requireNonNull(value, "value");
    Gauge.builder(name, () -> value.get().doubleValue())
        .description(description)
        .register(registry);
  }

  /** Everything in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  /** The content type of {@link #scrape()}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
}
