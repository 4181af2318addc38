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
 * <p>The client is warmed first against its own in-process loopback server (canned answers of the
 * same kind, {@value #CLIENT_WARM_UP} requests over the same number of connections), so the figures
 * are the site's first requests, not this fresh JVM's own class loading and JIT (a native client
 * such as wrk has none of that). The site under test is asked nothing by the warm-up.
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
    warmUpClient(connections, urls);
    Measured m = measure(urls, n, connections);
    System.out.printf(
        Locale.ROOT,
        "%-34s %6d %5d %8.2f %8.2f %8.2f %7d  %s%n",
        label,
        n,
        connections,
        m.percentile(0.50) / 1e6,
        m.percentile(0.99) / 1e6,
        m.percentile(1.0) / 1e6,
        m.errors(),
        m.slowestUrl());
  }

  static final int CLIENT_WARM_UP = 20_000;

  /** What one measured run saw: latency per request (ns), errors, the URL of the slowest answer. */
  record Measured(long[] latency, long errors, String slowestUrl) {
    long percentile(double p) {
      long[] sorted = latency.clone();
      Arrays.sort(sorted);
      return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  /**
   * Runs this client's whole request path (connect, write, parse headers, read a body) against an
   * in-process server answering every request with a canned gzip-sized body, until the JIT has
   * compiled it.
   */
  static void warmUpClient(int connections, List<URI> urls) throws Exception {
    byte[] body = new byte[24 * 1024];
    new java.util.Random(1).nextBytes(body);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Vary: Accept-Encoding\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    try (java.net.ServerSocket server =
        new java.net.ServerSocket(0, connections * 2, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> answer(s, head, body), "warm-answer");
                    t.setDaemon(true);
                    t.start();
                  } catch (IOException closed) {
                    return;
                  }
                }
              },
              "warm-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      List<URI> local =
          urls.stream()
              .map(
                  u ->
                      URI.create(
                          "http://127.0.0.1:"
                              + server.getLocalPort()
                              + u.getRawPath()
                              + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())))
              .toList();
      Measured warm = measure(local, CLIENT_WARM_UP, connections);
      if (warm.errors() > 0) {
        throw new IllegalStateException(
            "the client's warm-up against its own loopback server had "
                + warm.errors()
                + " errors");
      }
    }
  }

  /**
   * Answers each request on one connection (headers up to the blank line) with the canned reply.
   */
  private static void answer(Socket s, byte[] head, byte[] body) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
      OutputStream out = s.getOutputStream();
      int c;
      int run = 0;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          if (++run == 2) {
            out.write(head);
            out.write(body);
            out.flush();
            run = 0;
          }
        } else if (c != '\r') {
          run = 0;
        }
      }
    } catch (IOException ignored) {
      // the client closed the connection
    }
  }

  static Measured measure(List<URI> urls, int n, int connections) throws InterruptedException {
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
    return new Measured(latency, errors.get(), urls.get(which[slowest]).getRawPath());
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
