package dev.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.ingest.LocalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede extract FILE...}: main text and metadata of HTML files, one JSON line each, in the
 * order given. Files are extracted on every core at once; a bounded window of pages in flight keeps
 * the output in order and the memory flat however many files are given.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract article text and metadata from HTML files; prints one JSON line per file, in"
            + " order: {file, url, title, byline, published, language, text}.")
final class ExtractCommand implements Callable<Integer> {
  /** Pages in flight per thread: enough to keep every core busy while output waits for order. */
  static final int WINDOW_PER_THREAD = 4;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Pages extracted at once (default: one per core, ${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** One file's result: its JSON line, or the one-line error that replaces it. */
  private record Outcome(String json, String error) {}

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, ExtractCommand::daemon);
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
      throw new java.io.IOException("cannot write the output (disk full or output closed)");
    }
    return failed == 0 ? 0 : 1;
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
    } catch (java.io.IOException e) {
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
    } catch (java.io.IOException e) {
      return new Outcome(null, f + ": cannot write its JSON: " + e.getMessage());
    }
    return new Outcome(json.toString(), null);
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static void writeOpt(JsonGenerator g, String field, Optional<?> value)
      throws java.io.IOException {
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
