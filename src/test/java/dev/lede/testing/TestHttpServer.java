package dev.lede.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on 127.0.0.1 (random port) for tests, on {@code com.sun.net.httpserver}.
 * Routes match the exact path; anything else gets 404. Every request is logged before its handler
 * runs, so a test can assert what was (or was not) received.
 *
 * <pre>{@code
 * try (TestHttpServer server = TestHttpServer.start()) {
 *   server.route("/feed", TestHttpServer.respond(200, "<rss/>", "Content-Type", "application/rss+xml"));
 *   URI uri = server.uri("/feed");
 *   ...
 *   assertThat(server.paths()).containsExactly("/feed");
 * }
 * }</pre>
 */
public final class TestHttpServer implements AutoCloseable {

  /**
   * Answers one exchange; may stream or never finish (stopped by {@link #close()}). A slow peer is
   * {@link #silent}, {@link #holding} or {@link #trickling}: tests themselves never sleep.
   */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  /**
   * One received request.
   *
   * @param method e.g. GET
   * @param pathAndQuery the raw request target, e.g. {@code /a?b=1}
   * @param headers request headers, names lower-cased
   * @param receivedNanos {@link System#nanoTime()} on arrival
   */
  public record Recorded(
      String method, String pathAndQuery, Map<String, List<String>> headers, long receivedNanos) {
    /** The first value of a request header, if sent. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String path() {
      int q = pathAndQuery.indexOf('?');
      return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Recorded> log = new CopyOnWriteArrayList<>();

  private TestHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 with a free port. */
  public static TestHttpServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AtomicInteger threads = new AtomicInteger();
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "test-http-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      TestHttpServer test = new TestHttpServer(server, executor);
      server.setExecutor(executor);
      server.createContext("/", test::dispatch);
      server.start();
      return test;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test HTTP server", e);
    }
  }

  /** Registers {@code handler} for requests whose path is exactly {@code path}. */
  public TestHttpServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port><pathAndQuery>}. */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  /** Every request received so far, in arrival order. */
  public List<Recorded> requests() {
    return List.copyOf(log);
  }

  /** The paths of {@link #requests()}, in arrival order. */
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (Recorded r : log) {
      paths.add(r.path());
    }
    return paths;
  }

  private void dispatch(HttpExchange exchange) {
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
    log.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            Map.copyOf(headers),
            System.nanoTime()));
    Handler handler = routes.get(exchange.getRequestURI().getPath());
    try {
      if (handler == null) {
        respond(404, "not found").handle(exchange);
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (cancelled, timed out, hit a cap): expected in these tests
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  /** A fixed answer; {@code headers} are name/value pairs. */
  public static Handler respond(int status, String body, String... headers) {
    return respond(status, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** A fixed answer with a byte body; 304 and 204 are sent without a body. */
  public static Handler respond(int status, byte[] body, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers must be name/value pairs");
    }
    return exchange -> {
      Headers h = exchange.getResponseHeaders();
      for (int i = 0; i < headers.length; i += 2) {
        h.add(headers[i], headers[i + 1]);
      }
      if (status == 304 || status == 204 || body.length == 0) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /**
   * A peer that never answers: the handler waits until {@link #close()} interrupts it, so a client
   * can only give up by its own deadline.
   */
  public static Handler silent() {
    return exchange -> new CountDownLatch(1).await();
  }

  /** {@code then} after holding the request for {@code hold}, as a slow peer does. */
  public static Handler holding(Duration hold, Handler then) {
    return exchange -> {
      Thread.sleep(hold.toMillis());
      then.handle(exchange);
    };
  }

  /** A 200 whose body never ends: one byte every {@code every}, until the client gives up. */
  public static Handler trickling(Duration every) {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      while (true) {
        out.write('x');
        out.flush();
        Thread.sleep(every.toMillis());
      }
    };
  }

  /** A redirect with the given status to {@code location}, sent as-is. */
  public static Handler redirect(int status, String location) {
    return respond(status, new byte[0], "Location", location);
  }

  /** Stops the server at once and interrupts handlers still running. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
