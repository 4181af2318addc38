package dev.lede.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PushbackInputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Stage 6, the last: sends one GET and reads the answer, within limits.
 *
 * <ul>
 *   <li>Runs the hop check (the SSRF guard) once more immediately before sending, so the address
 *       the client connects to was checked a moment earlier (see {@link SsrfGuard} on DNS
 *       rebinding).
 *   <li>Connect timeout, then one deadline for the whole exchange: headers <em>and</em> body. The
 *       body is read under the deadline, so a server trickling bytes fails in time.
 *   <li>Asks for {@code gzip, deflate} and decodes them itself; the size cap counts decoded bytes,
 *       so a gzip bomb stops at the cap. An endless chunked body stops at the cap too.
 *   <li>Reads the body of 2xx answers only; other answers are passed up without one.
 * </ul>
 *
 * Every problem comes back as {@link FetchResult.Failed} naming the URL, e.g. {@code
 * http://127.0.0.1:1234/slow: timed out after 2s}.
 */
final class Network implements Interceptor {

  /** The size cap, and whether going over it fails (pages) or cuts the body short (robots.txt). */
  record BodyLimit(long maxBytes, boolean truncate) {}

  private final HttpClient client;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration totalTimeout;
  private final BodyLimit limit;
  private final HopCheck preflight;

  Network(
      HttpClient client,
      String userAgent,
      Duration connectTimeout,
      Duration totalTimeout,
      BodyLimit limit,
      HopCheck preflight) {
    this.client = client;
    this.userAgent = userAgent;
    this.connectTimeout = connectTimeout;
    this.totalTimeout = totalTimeout;
    this.limit = limit;
    this.preflight = preflight;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    Optional<FetchResult.Failed> refusal = preflight.check(request);
    if (refusal.isPresent()) {
      return new Response.Done(refusal.get());
    }
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    HttpRequest httpRequest;
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(request.uri())
              .GET()
              .timeout(totalTimeout)
              .header("User-Agent", userAgent)
              .header("Accept-Encoding", "gzip, deflate");
      request.headers().forEach(builder::header);
      httpRequest = builder.build();
    } catch (IllegalArgumentException e) {
      return new Response.Done(request.fail("cannot send: " + e.getMessage()));
    }
    CompletableFuture<HttpResponse<BodyStream>> future =
        client.sendAsync(httpRequest, info -> new BodyStream(deadline));
    HttpResponse<BodyStream> response;
    try {
      response = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Response.Done(request.fail("timed out after " + Texts.duration(totalTimeout)));
    } catch (ExecutionException e) {
      return new Response.Done(request.fail(describe(e.getCause())));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Response.Done(request.fail("interrupted"));
    }
    try (BodyStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        return new Response.Received(request.uri(), status, response.headers(), new byte[0]);
      }
      return new Response.Received(
          request.uri(), status, response.headers(), readBody(request, response.headers(), body));
    } catch (BodyStream.DeadlineExceeded e) {
      return new Response.Done(request.fail("timed out after " + Texts.duration(totalTimeout)));
    } catch (BodyProblem e) {
      return new Response.Done(request.fail(e.getMessage()));
    } catch (InterruptedIOException e) {
      return new Response.Done(request.fail("interrupted"));
    } catch (IOException e) {
      return new Response.Done(request.fail("failed reading the body: " + messageOf(e)));
    }
  }

  /** A body Lede will not accept: too big, or in an encoding it cannot decode. */
  private static final class BodyProblem extends IOException {
    BodyProblem(String message) {
      super(message);
    }
  }

  private byte[] readBody(Request request, HttpHeaders headers, InputStream raw)
      throws IOException {
    List<String> encodings = contentEncodings(headers);
    OptionalLong length = headers.firstValueAsLong("Content-Length");
    if (encodings.isEmpty()
        && !limit.truncate()
        && length.isPresent()
        && length.getAsLong() > limit.maxBytes()) {
      throw new BodyProblem(
          "body exceeds "
              + limit.maxBytes()
              + " bytes (Content-Length "
              + length.getAsLong()
              + ")");
    }
    InputStream in = raw;
    // listed in the order applied, so undone last to first
    for (int i = encodings.size() - 1; i >= 0; i--) {
      in = decoder(encodings.get(i), in);
    }
    try (InputStream decoded = in) {
      return readCapped(decoded, encodings);
    }
  }

  private byte[] readCapped(InputStream in, List<String> encodings) throws IOException {
    long max = limit.maxBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    while (true) {
      int n;
      try {
        n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - total));
      } catch (ZipException | EOFException e) {
        if (encodings.isEmpty()) {
          throw e;
        }
        throw new BodyProblem(
            "cannot decode the " + String.join(", ", encodings) + " body: " + messageOf(e));
      }
      if (n < 0) {
        return out.toByteArray();
      }
      total += n;
      if (total > max) {
        if (limit.truncate()) {
          out.write(buffer, 0, n - 1);
          return out.toByteArray();
        }
        throw new BodyProblem("body exceeds " + max + " bytes");
      }
      out.write(buffer, 0, n);
    }
  }

  private static List<String> contentEncodings(HttpHeaders headers) throws BodyProblem {
    List<String> encodings = new ArrayList<>();
    for (String value : headers.allValues("Content-Encoding")) {
      for (String token : value.split(",")) {
        String e = token.trim().toLowerCase(Locale.ROOT);
        if (!e.isEmpty() && !e.equals("identity")) {
          encodings.add(e);
        }
      }
    }
    // more layers than anyone sends is itself a way to multiply a bomb
    if (encodings.size() > 2) {
      throw new BodyProblem("too many Content-Encoding layers: " + String.join(", ", encodings));
    }
    return encodings;
  }

  private static InputStream decoder(String encoding, InputStream in) throws IOException {
    switch (encoding) {
      case "gzip":
      case "x-gzip":
        try {
          return new GZIPInputStream(in, 8 * 1024);
        } catch (ZipException | EOFException e) {
          throw new BodyProblem("cannot decode the gzip body: " + messageOf(e));
        }
      case "deflate":
        return inflater(in);
      default:
        throw new BodyProblem("unsupported Content-Encoding " + encoding);
    }
  }

  /**
   * "deflate" means zlib-wrapped (RFC 9110), but some servers send raw deflate: the first two bytes
   * tell which.
   */
  private static InputStream inflater(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    int b0 = peek.read();
    int b1 = b0 < 0 ? -1 : peek.read();
    if (b1 >= 0) {
      peek.unread(b1);
    }
    if (b0 >= 0) {
      peek.unread(b0);
    }
    boolean zlib = b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(peek, inflater, 8 * 1024) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }

  private String describe(Throwable t) {
    if (t instanceof HttpConnectTimeoutException) {
      return "connect timed out after " + Texts.duration(connectTimeout);
    }
    if (t instanceof HttpTimeoutException) {
      return "timed out after " + Texts.duration(totalTimeout);
    }
    if (t instanceof ConnectException) {
      // JDK 17 gives no detail here; later JDKs say e.g. "Connection refused"
      String detail = detailOf(t);
      return detail.isEmpty() ? "cannot connect" : "cannot connect: " + detail;
    }
    if (t instanceof SSLException) {
      return "TLS failed: " + messageOf(t);
    }
    if (t instanceof IOException) {
      return "I/O error: " + messageOf(t);
    }
    if (t instanceof IllegalArgumentException) {
      return "cannot send: " + messageOf(t);
    }
    return "unexpected " + t.getClass().getSimpleName() + ": " + messageOf(t);
  }

  /** The message of {@code t}, or of the first cause that has one, else the class name. */
  private static String messageOf(Throwable t) {
    String detail = detailOf(t);
    return detail.isEmpty() ? t.getClass().getSimpleName() : detail;
  }

  private static String detailOf(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        return c.getMessage();
      }
    }
    return "";
  }
}
