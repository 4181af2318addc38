package dev.lede.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.web.RateLimit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class LimiterAndCacheTest {

  @Test
  void bucketAllowsTheBurstThenRefillsAtTheRate() {
    AtomicLong now = new AtomicLong();
    RateLimiter l = new RateLimiter(RateLimit.of(2, 3), now::get, 100);
    assertThat(l.acquire("a")).isZero();
    assertThat(l.acquire("a")).isZero();
    assertThat(l.acquire("a")).isZero();
    assertThat(l.acquire("a")).isEqualTo(1);
    assertThat(l.acquire("b")).as("other clients have their own bucket").isZero();
    now.addAndGet(500_000_000L); // half a second: one token at 2/s
    assertThat(l.acquire("a")).isZero();
    assertThat(l.acquire("a")).isEqualTo(1);
  }

  @Test
  void offMeansUnlimited() {
    RateLimiter l = new RateLimiter(RateLimit.off());
    for (int i = 0; i < 10_000; i++) {
      assertThat(l.acquire("x")).isZero();
    }
  }

  @Test
  void clientTableStaysBounded() {
    AtomicLong now = new AtomicLong();
    RateLimiter l = new RateLimiter(RateLimit.of(1, 1), now::get, 10);
    for (int i = 0; i < 1000; i++) {
      assertThat(l.acquire("client-" + i)).isZero();
    }
  }

  @Test
  void cacheRendersOncePerStampAndAgainWhenItChanges() throws Exception {
    RenderCache cache = new RenderCache(10);
    AtomicInteger renders = new AtomicInteger();
    RenderCache.Rendered a =
        cache.get("k", 1, "text/plain", () -> bytes("v" + renders.incrementAndGet()));
    RenderCache.Rendered b =
        cache.get("k", 1, "text/plain", () -> bytes("v" + renders.incrementAndGet()));
    RenderCache.Rendered c =
        cache.get("k", 2, "text/plain", () -> bytes("v" + renders.incrementAndGet()));
    assertThat(b).isSameAs(a);
    assertThat(new String(c.body(), StandardCharsets.UTF_8)).isEqualTo("v2");
    assertThat(c.etag()).isNotEqualTo(a.etag());
    assertThat(new GZIPInputStream(new ByteArrayInputStream(c.gzip())).readAllBytes())
        .isEqualTo(c.body());
  }

  @Test
  void cacheDropsEntriesPastItsSize() {
    RenderCache cache = new RenderCache(20);
    for (int i = 0; i < 200; i++) {
      cache.get("k" + i, 0, "text/plain", () -> bytes("x"));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(20);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
