package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.web.FixtureSiteData;
import dev.lede.web.RateLimit;
import dev.lede.web.SiteAdmin;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OneRunTest {
  static final String TOKEN = "one-run-token-0123456789";

  @Test
  @Timeout(60)
  void postApiIngestStartsOneRunAndAnswers409WhileItWaitsOrRuns() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    OneRun runs = new OneRun(executor);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    SiteAdmin admin =
        new SiteAdmin() {
          @Override
          public boolean addSource(String ref) {
            return true;
          }

          @Override
          public boolean removeSource(String ref) {
            return true;
          }

          @Override
          public boolean triggerIngest() {
            return runs.start(
                () -> {
                  started.incrementAndGet();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
          }
        };
    try (WebServer server =
        WebServer.start(
            FixtureSiteData.create(Instant.now()),
            admin,
            WebConfig.defaults(0)
                .withWriteToken(TOKEN)
                .withRateLimits(RateLimit.off(), RateLimit.off()))) {
      assertThat(post(server).statusCode()).isEqualTo(202);
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> again = post(server);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("{\"error\":\"an ingest run is already going\"}");
      }
      release.countDown();
      // The executor has one thread: once this no-op ran, the run before it has ended.
      executor.submit(() -> {}).get(30, TimeUnit.SECONDS);
      assertThat(runs.busy()).isFalse();
      assertThat(post(server).statusCode()).as("free again once the run ended").isEqualTo(202);
      executor.submit(() -> {}).get(30, TimeUnit.SECONDS);
      assertThat(started).hasValue(2);
    } finally {
      executor.shutdownNow();
    }
  }

  private static HttpResponse<String> post(WebServer server) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.localUrl() + "/api/ingest"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
