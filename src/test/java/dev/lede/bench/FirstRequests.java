package dev.lede.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of the first requests a site answers, e.g. right after it starts or after it swapped in a
 * new snapshot: {@code CONNECTIONS} keep-alive connections opened together, each sending its next
 * request as soon as the last answer is read, cycling through the URLs (gzip accepted, as browsers
 * do), until {@code N} requests in all have been answered. Prints one table row: p50, p99 and max
 * over all of them, errors, and the URL with the slowest answer. Bounded: stops after N requests.
 *
 * <p>{@code bench/run-java dev.lede.bench.FirstRequests LABEL N CONNECTIONS URL...}
 */
public final class FirstRequests {
  private FirstRequests() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: FirstRequests LABEL N CONNECTIONS URL...");
      System.exit(2);
    }
    String label = args[0];
    int n = Integer.parseInt(args[1]);
    int connections = Integer.parseInt(args[2]);
    List<URI> urls = Arrays.stream(args, 3, args.length).map(URI::create).toList();
    long[] latency = new long[n];
    int[] which = new int[n];
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                  run(urls, n, next, latency, which, errors);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "first-" + c);
      t.setDaemon(true);
      t.start();
    }
    go.countDown();
    done.await();
    int slowest = 0;
    for (int i = 1; i < n; i++) {
      if (latency[i] > latency[slowest]) {
        slowest = i;
      }
    }
    long[] sorted = latency.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-34s %6d %5d %8.2f %8.2f %8.2f %7d  %s%n",
        label,
        n,
        connections,
        sorted[(int) Math.ceil(0.50 * n) - 1] / 1e6,
        sorted[(int) Math.ceil(0.99 * n) - 1] / 1e6,
        sorted[n - 1] / 1e6,
        errors.get(),
        urls.get(which[slowest]).getRawPath());
  }

  /** One connection's loop: takes request numbers until {@code n} are taken. */
  private static void run(
      List<URI> urls, int n, AtomicInteger next, long[] latency, int[] which, AtomicLong errors) {
    URI first = urls.get(0);
    List<byte[]> requests = new ArrayList<>();
    for (URI u : urls) {
      requests.add(
          ("GET "
                  + u.getRawPath()
                  + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                  + " HTTP/1.1\r\nHost: "
                  + u.getHost()
                  + ":"
                  + u.getPort()
                  + "\r\nUser-Agent: lede-first-requests\r\nAccept: */*\r\n"
                  + "Accept-Encoding: gzip\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    Socket s = null;
    InputStream in = null;
    int i = next.getAndIncrement();
    while (i < n) {
      int u = i % urls.size();
      long t0 = System.nanoTime();
      try {
        if (s == null) {
          s = new Socket();
          s.setTcpNoDelay(true);
          s.setSoTimeout(30_000);
          s.connect(new InetSocketAddress(first.getHost(), first.getPort()), 5_000);
          in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        }
        OutputStream out = s.getOutputStream();
        out.write(requests.get(u));
        out.flush();
        WebLoad.readResponse(in);
      } catch (IOException e) {
        errors.incrementAndGet();
        close(s);
        s = null;
      }
      latency[i] = System.nanoTime() - t0;
      which[i] = u;
      i = next.getAndIncrement();
    }
    close(s);
  }

  private static void close(Socket s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing after an error
      }
    }
  }
}
