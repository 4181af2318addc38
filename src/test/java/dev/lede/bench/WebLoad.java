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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load generator for loopback: {@code connections} keep-alive sockets, each
 * on its own thread sending the next request as soon as the last response is read. Runs a warm-up,
 * then measures for a fixed time; bounded in time, stops by itself.
 *
 * <p>{@code bench/run-java dev.lede.bench.WebLoad URL CONNECTIONS WARMUP_S MEASURE_S [gzip]}
 */
public final class WebLoad {

  /** What one run measured. */
  record Result(long requests, long errors, double seconds, long bytes, long[] latenciesNanos) {
    double rps() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, Math.min(i, latenciesNanos.length - 1))] / 1e6;
    }
  }

  private WebLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: WebLoad URL CONNECTIONS WARMUP_S MEASURE_S [gzip]");
      System.exit(2);
    }
    URI url = URI.create(args[0]);
    int connections = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int measure = Integer.parseInt(args[3]);
    boolean gzip = args.length > 4 && args[4].equals("gzip");
    run(url, connections, warmup, gzip);
    Result r = run(url, connections, measure, gzip);
    System.out.printf(
        Locale.ROOT,
        "%-48s %5d %10.0f %8.2f %8.2f %8.2f %8.2f %7d %9.1f%n",
        label(url.getRawPath()) + (gzip ? " (gzip)" : ""),
        connections,
        r.rps(),
        r.percentileMillis(50),
        r.percentileMillis(99),
        r.percentileMillis(99.9),
        r.latenciesNanos.length == 0
            ? Double.NaN
            : r.latenciesNanos[r.latenciesNanos.length - 1] / 1e6,
        r.errors,
        r.bytes / (double) Math.max(1, r.requests) / 1024.0);
  }

  private static String label(String path) {
    return path.length() <= 32 ? path : path.substring(0, 31) + "…";
  }

  static Result run(URI url, int connections, int seconds, boolean gzip) throws Exception {
    byte[] request =
        ("GET "
                + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                + " HTTP/1.1\r\nHost: "
                + url.getHost()
                + ":"
                + url.getPort()
                + "\r\nUser-Agent: lede-webload\r\nAccept: */*\r\n"
                + (gzip ? "Accept-Encoding: gzip\r\n" : "")
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[connections];
    CountDownLatch done = new CountDownLatch(connections);
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      long[] lat = new long[4_000_000 / connections + 1];
      perThread.add(lat);
      int id = c;
      Thread t =
          new Thread(
              () -> {
                try {
                  counts[id] = loop(url, request, end, lat, errors, bytes);
                } finally {
                  done.countDown();
                }
              },
              "load-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int k = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(perThread.get(c), 0, all, k, counts[c]);
      k += counts[c];
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), elapsed, bytes.get(), all);
  }

  private static int loop(
      URI url, byte[] request, long end, long[] lat, AtomicLong errors, AtomicLong bytes) {
    int n = 0;
    Socket s = null;
    while (System.nanoTime() < end && n < lat.length) {
      try {
        if (s == null) {
          s = new Socket();
          s.setTcpNoDelay(true);
          s.setSoTimeout(10_000);
          s.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
        }
        OutputStream out = s.getOutputStream();
        InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        while (System.nanoTime() < end && n < lat.length) {
          long t0 = System.nanoTime();
          out.write(request);
          out.flush();
          long body = readResponse(in);
          lat[n++] = System.nanoTime() - t0;
          bytes.addAndGet(body);
        }
      } catch (IOException e) {
        errors.incrementAndGet();
        close(s);
        s = null;
      }
    }
    close(s);
    return n;
  }

  /** Reads one response with a Content-Length body; returns the body length. */
  static long readResponse(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    long length = -1;
    boolean first = true;
    int status = 0;
    while (true) {
      line.setLength(0);
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          throw new IOException("connection closed in headers");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      if (line.length() == 0) {
        break;
      }
      if (first) {
        status = Integer.parseInt(line.substring(9, 12));
        first = false;
      } else if (line.toString().regionMatches(true, 0, "content-length:", 0, 15)) {
        length = Long.parseLong(line.substring(15).trim());
      }
    }
    if (length < 0) {
      throw new IOException("response without Content-Length");
    }
    long left = length;
    byte[] skip = new byte[8192];
    while (left > 0) {
      int r = in.read(skip, 0, (int) Math.min(skip.length, left));
      if (r < 0) {
        throw new IOException("connection closed in body");
      }
      left -= r;
    }
    if (status != 200) {
      throw new IOException("status " + status);
    }
    return length;
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
