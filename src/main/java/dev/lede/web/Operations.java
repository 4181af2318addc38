package dev.lede.web;

import dev.lede.ops.Metrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /healthz} (200 while the process answers), {@code GET /readyz} (200 once the data
 * folder is open, 503 before and while stopping) and {@code GET /metrics} (Prometheus text format),
 * and request latency into {@link Metrics}.
 */
public final class Operations implements WebExtension {
  private final Metrics metrics;
  private final BooleanSupplier ready;

  public Operations(Metrics metrics, BooleanSupplier ready) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.ready = Objects.requireNonNull(ready, "ready");
  }

  @Override
  public void register(Javalin app) {
    app.get("/healthz", ctx -> plain(ctx, 200, "ok\n"));
    app.get(
        "/readyz",
        ctx -> {
          if (ready.getAsBoolean()) {
            plain(ctx, 200, "ready\n");
          } else {
            plain(ctx, 503, "not ready\n");
          }
        });
    app.get(
        "/metrics",
        ctx -> {
          ctx.header("Cache-Control", "no-store");
          ctx.contentType(Metrics.CONTENT_TYPE);
          ctx.result(metrics.scrape());
        });
  }

  @Override
  public void answered(Context ctx, float millis) {
    String route;
    try {
      route = ctx.endpointHandlerPath(); // the pattern, so ids do not make new series
    } catch (RuntimeException e) {
      route = ""; // no route matched (404)
    }
    metrics.request(
        ctx.method().name(),
        route == null || route.equals("*") ? "" : route,
        ctx.statusCode(),
        Duration.ofNanos((long) (millis * 1_000_000)));
  }

  private static void plain(Context ctx, int status, String body) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result(body);
  }
}
