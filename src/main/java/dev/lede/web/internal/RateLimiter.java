package dev.lede.web.internal;

import dev.lede.web.RateLimit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client. Memory is bounded: past {@code maxClients} buckets, those that have
 * refilled completely (idle clients) are dropped, and if that is not enough, all are.
 */
public final class RateLimiter {

  private final RateLimit limit;
  private final LongSupplier nanoClock;
  private final int maxClients;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(RateLimit limit, LongSupplier nanoClock, int maxClients) {
    this.limit = limit;
    this.nanoClock = nanoClock;
    this.maxClients = maxClients;
  }

  public RateLimiter(RateLimit limit) {
    this(limit, System::nanoTime, 100_000);
  }

  /**
   * Takes one token for {@code client}.
   *
   * @return 0 when allowed, else the whole seconds until a token is available (at least 1)
   */
  public long acquire(String client) {
    if (limit.isOff()) {
      return 0;
    }
    long now = nanoClock.getAsLong();
    Bucket b = buckets.get(client);
    if (b == null) {
      if (buckets.size() >= maxClients) {
        sweep(now);
      }
      b = buckets.computeIfAbsent(client, c -> new Bucket(limit.burst(), now));
    }
    return b.take(now, limit);
  }

  private void sweep(long now) {
    buckets.values().removeIf(b -> b.full(now, limit));
    if (buckets.size() >= maxClients) {
      buckets.clear();
    }
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }

    synchronized long take(long now, RateLimit limit) {
      refill(now, limit);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
    }

    synchronized boolean full(long now, RateLimit limit) {
      refill(now, limit);
      return tokens >= limit.burst();
    }

    private void refill(long now, RateLimit limit) {
      if (now > last) {
        tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
        last = now;
      }
    }
  }
}
