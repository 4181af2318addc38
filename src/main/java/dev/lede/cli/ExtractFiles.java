package dev.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.ingest.LocalFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code lede extract FILE...} does: main text and metadata of HTML files, one JSON line each,
 * in the order given, extracted on several threads at once; a bounded window of pages in flight
 * keeps the output in order and the memory flat however many files are given.
 *
 * <p>Names no picocli type: {@link Lede} runs a plain {@code lede extract [--threads N] FILE...}
 * here directly ({@link #quick}), since picocli's 173 classes (Java 5 class files, which the
 * class-data archive cannot hold) were most of a one-page run's start-up. Any other command line
 * (help, {@code --debug}, a bad option) goes through picocli's {@link ExtractCommand}.
 */
final class ExtractFiles {
  /** Pages in flight per thread: enough to keep every core busy while output waits for order. */
  static final int WINDOW_PER_THREAD = 4;

  private ExtractFiles() {}

  /** One file's result: its JSON line, or the one-line error that replaces it. */
  private record Outcome(String json, String error) {}

  /**
   * Extracts {@code files} on {@code threads} threads, printing each page's JSON line to {@code
   * out} and each unreadable file's one-line error to {@code err}; 0 when every file gave a line,
   * else 1.
   */
  static int run(List<Path> files, int threads, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, ExtractFiles::daemon);
    try {
      ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int window = threads * WINDOW_PER_THREAD;
      for (Path f : files) {
        inFlight.add(pool.submit(() -> extract(f)));
        if (inFlight.size() >= window && !print(inFlight.poll(), out, err)) failed++;
      }
      while (!inFlight.isEmpty()) {
        if (!print(inFlight.poll(), out, err)) failed++;
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("cannot write the output (disk full or output closed)");
    }
    return failed == 0 ? 0 : 1;
  }

  /**
   * The exit code of {@code lede extract [--threads N] FILE...} run without picocli, or null when
   * {@code args} is any other command line (help, {@code --debug}, another option, no file, a bad
   * thread count): picocli then parses it and reports mistakes as for every command.
   */
  static Integer quick(String[] args) {
    if (args.length < 2 || !args[0].equals("extract")) return null;
    List<Path> files = new ArrayList<>(args.length - 1);
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String value = null;
      if (a.equals("--threads") && i + 1 < args.length) {
        value = args[++i];
      } else if (a.startsWith("--threads=")) {
        value = a.substring("--threads=".length());
      } else if (a.startsWith("-")) {
        return null;
      } else {
        files.add(Path.of(a));
        continue;
      }
      try {
        threads = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return null;
      }
      if (threads < 1) return null;
    }
    if (files.isEmpty()) return null;
    // As picocli's getOut() and getErr(): the console's encoding, else the default charset.
    PrintWriter out = writer(System.out, "sun.stdout.encoding");
    PrintWriter err = writer(System.err, "sun.stderr.encoding");
    try {
      return run(files, threads, out, err);
    } catch (IOException e) {
      err.println("lede extract: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("lede extract: interrupted");
    } catch (RuntimeException e) {
      err.println(
          "lede extract: failed: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + " (run with --debug for the stack trace)");
    }
    err.flush();
    return 1;
  }

  private static PrintWriter writer(OutputStream stream, String encodingProperty) {
    String name = System.getProperty(encodingProperty);
    Charset charset;
    try {
      charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      charset = Charset.defaultCharset();
    }
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
  }

  private static boolean print(Future<Outcome> next, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    Outcome o;
    try {
      o = next.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    }
    if (o.error() != null) {
      err.println("lede extract: " + o.error());
      err.flush();
      return false;
    }
    out.println(o.json());
    return true;
  }

  private static Outcome extract(Path f) {
    byte[] body;
    try {
      body = LocalFiles.read(f); // capped as a fetched page is
    } catch (LocalFiles.TooLargeException e) {
      return new Outcome(null, e.getMessage());
    } catch (IOException e) {
      return new Outcome(null, f + ": cannot read: " + e.getMessage());
    }
    String base = f.toAbsolutePath().normalize().toUri().toString();
    ExtractedPage p = Extractor.extract(body, Optional.empty(), base);
    // jackson-core's streaming writer, not databind's ObjectMapper: the same JSON, and a one-page
    // run loads a few dozen Jackson classes instead of about 400.
    StringWriter json = new StringWriter(p.text().length() + 256);
    try (JsonGenerator g = JSON.createGenerator(json)) {
      g.writeStartObject();
      g.writeStringField("file", f.toString());
      g.writeStringField("url", p.canonicalUrl().orElse(base));
      writeOpt(g, "title", p.title());
      writeOpt(g, "byline", p.byline());
      writeOpt(g, "published", p.published());
      writeOpt(g, "language", p.language());
      g.writeStringField("text", p.text());
      g.writeEndObject();
    } catch (IOException e) {
      return new Outcome(null, f + ": cannot write its JSON: " + e.getMessage());
    }
    return new Outcome(json.toString(), null);
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static void writeOpt(JsonGenerator g, String field, Optional<?> value)
      throws IOException {
    if (value.isEmpty()) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value.get().toString());
    }
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "lede-extract-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
