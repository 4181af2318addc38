package dev.lede.ingest.fetch;

import dev.lede.http.RetryAfter;
import dev.lede.http.StatusText;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stage 3: at most one request in flight per host, a pause of {@link FetcherConfig#perHostDelay()}
 * between the end of one request to a host and the start of the next, and {@code Retry-After}
 * honoured on 429 and 503: a wait up to {@link FetcherConfig#maxRetryAfter()} and one retry, or a
 * failure saying why not.
 *
 * <p>The host slot is held across the redirects of a fetch; redirect hops to other hosts are not
 * throttled separately (taking a second host's slot while holding one could deadlock). The
 * robots.txt download, done once per host by the stage before, is not throttled either.
 */
final class Politeness implements Interceptor {
  private final Duration delay;
  private final Duration maxRetryAfter;
  private final ConcurrentHashMap<String, HostSlot> hosts = new ConcurrentHashMap<>();

  Politeness(Duration delay, Duration maxRetryAfter) {
    this.delay = delay;
    this.maxRetryAfter = maxRetryAfter;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    String host = String.valueOf(request.uri().getHost()).toLowerCase(Locale.ROOT);
    HostSlot slot = hosts.computeIfAbsent(host, h -> new HostSlot());
    try {
      slot.lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response.Done(request.fail("interrupted while waiting for its turn"));
    }
    try {
      sleepNanos(slot.nextStart - System.nanoTime());
      Response response = chain.proceed(request);
      if (!(response instanceof Response.Received received) || !isThrottled(received.status())) {
        return response;
      }
      Optional<Duration> retryAfter =
          RetryAfter.parse(received.headers().firstValue("Retry-After"), Instant.now());
      if (retryAfter.isEmpty()) {
        return response;
      }
      Duration wait = retryAfter.get();
      String status = "status " + StatusText.of(received.status());
      if (wait.compareTo(maxRetryAfter) > 0) {
        return new Response.Done(
            request
                .fail(
                    status
                        + " with Retry-After "
                        + Texts.duration(wait)
                        + ", longer than the "
                        + Texts.duration(maxRetryAfter)
                        + " Lede waits")
                .withRetryAfter(wait));
      }
      sleepNanos(wait.toNanos());
      Response retry = chain.proceed(request);
      if (retry instanceof Response.Received again && isThrottled(again.status())) {
        return new Response.Done(
            request.fail(
                "status "
                    + StatusText.of(again.status())
                    + " again after waiting "
                    + Texts.duration(wait)
                    + " as Retry-After asked"));
      }
      return retry;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response.Done(request.fail("interrupted while waiting for its turn"));
    } finally {
      slot.nextStart = System.nanoTime() + delay.toNanos();
      slot.lock.unlock();
    }
  }

  private static boolean isThrottled(int status) {
    return status == 429 || status == 503;
  }

  private static void sleepNanos(long nanos) throws InterruptedException {
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  private static final class HostSlot {
    // fair, so requests to one host go out in arrival order
    final ReentrantLock lock = new ReentrantLock(true);
    // guarded by lock
    long nextStart = System.nanoTime();
  }
}
