package dev.lede.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Sends a just-started server its own first requests over loopback, before it is announced: the
 * pages are rendered ahead, but the first requests still pay for class loading, the JIT's first
 * compilations and Jetty's thread pool growing, which on two cores put a cold start's p99 in the
 * hundreds of milliseconds. Plain and gzip, from several connections at once, as browsers ask.
 */
public final class SelfWarm {

  /** What a warm-up did; a failure is an error status or no answer. */
  public record Result(int requests, int failures, long millis) {}

  // Odd requests plain, even ones gzip: both encodings' code paths get compiled.

  private final HttpClient client;
  private final LongSupplier nanoClock;
  private final String header;
  private final String value;

  private SelfWarm(HttpClient client, LongSupplier nanoClock, String header, String value) {
    this.client = client;
    this.nanoClock = nanoClock;
    this.header = header;
    this.value = value;
  }

  /**
   * A warm-up with its own HTTP client, timed by {@code nanoClock}, sending {@code header: value}
   * with each request (so the server can tell its own requests from readers').
   */
  public static SelfWarm create(LongSupplier nanoClock, String header, String value) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new SelfWarm(client, nanoClock, header, value);
  }

  /**
   * Requests {@code paths} of {@code base} in turn from {@code connections} threads until {@code
   * requests} answers came or {@code budget} ran out, whichever is first.
   *
   * @throws IllegalArgumentException if {@code paths} is empty or a count is not positive
   */
  public Result run(URI base, List<String> paths, int requests, int connections, Duration budget)
      throws InterruptedException {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("paths is empty");
    }
    if (requests <= 0 || connections <= 0) {
      throw new IllegalArgumentException(
          "requests " + requests + " and connections " + connections + " must be positive");
    }
    long start = nanoClock.getAsLong();
    long deadline = start + budget.toNanos();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  int i;
                  while ((i = next.getAndIncrement()) < requests
                      && nanoClock.getAsLong() < deadline) {
                    if (!ask(base.resolve(paths.get(i % paths.size())), i % 2 == 0)) {
                      failures.incrementAndGet();
                    }
                    answered.incrementAndGet();
                  }
                } finally {
                  done.countDown();
                }
              },
              "lede-self-warm-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    return new Result(answered.get(), failures.get(), (nanoClock.getAsLong() - start) / 1_000_000);
  }

  private boolean ask(URI uri, boolean gzip) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header(header, value).GET();
    if (gzip) {
      r.header("Accept-Encoding", "gzip");
    }
    try {
      HttpResponse<Void> response = client.send(r.build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() < 400;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
