package dev.lede.newsroom;

import dev.lede.ingest.IngestReport;
import dev.lede.ingest.SourceFailure;
import dev.lede.ingest.fetch.FetchRequest;
import dev.lede.ingest.fetch.FetchResult;
import dev.lede.ingest.fetch.Fetcher;
import dev.lede.ops.EventLog;
import dev.lede.ops.Metrics;
import dev.lede.poll.FeedSignals;
import dev.lede.poll.PollResult;
import dev.lede.poll.Signals;
import dev.lede.poll.SourcePoller;
import dev.lede.write.StageFailure;
import dev.lede.write.llm.LlmConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls through the newsroom's own ingest path: each round opens the data folder for writing
 * ({@link Newsroom#open}), and each poll is {@link Newsroom#ingest} of one source, so new articles
 * are assigned to stories and the stories re-written as new versions as by {@code lede ingest}. The
 * round closes the folder again, so {@code lede ingest} can run between rounds.
 */
public final class NewsroomPoller implements SourcePoller {
  private final Path dir;
  private final Optional<LlmConfig> llm;
  private final Fetcher fetcher;
  private final Metrics metrics;
  private final EventLog log;

  public NewsroomPoller(
      Path dir, Optional<LlmConfig> llm, Fetcher fetcher, Metrics metrics, EventLog log) {
    this.dir = dir;
    this.llm = llm;
    this.fetcher = fetcher;
    this.metrics = metrics;
    this.log = log;
  }

  private Engines engines = Engines.EMBEDDED;

  /** Polls into the store and index {@code e} names instead of the data folder's. */
  public NewsroomPoller withEngines(Engines e) {
    this.engines = java.util.Objects.requireNonNull(e, "engines");
    return this;
  }

  /** Loads the embedding model now (it registers a JVM shutdown hook when it first loads). */
  @Override
  public void prepare() {
    dev.lede.nlp.MiniLmEmbedder.shared().embed(List.of("Lede is polling."));
  }

  @Override
  public Round open() throws IOException {
    Newsroom room =
        Newsroom.open(dir, engines)
            .withLlm(llm)
            .onStoryWritten(metrics::storyWritten)
            .onWriteFallback(this::fellBack);
    return new Round() {
      @Override
      public PollResult poll(String ref) {
        return pollOne(room, ref);
      }

      @Override
      public void close() throws IOException {
        room.close();
      }
    };
  }

  private void fellBack(StageFailure f) {
    fellBack(f, metrics, log);
  }

  /** A writer stage threw and the story was written around it: counted and logged. */
  static void fellBack(StageFailure f, Metrics metrics, EventLog log) {
    metrics.writeFallback(f.stage());
    log.warn(
        "write_fallback",
        "story",
        f.story(),
        "stage",
        f.stage(),
        "at",
        f.origin().orElse(""),
        "error",
        String.valueOf(f.cause()));
  }

  private PollResult pollOne(Newsroom room, String ref) {
    Observed observed = new Observed(fetcher, ref);
    RunReport run;
    try {
      run = room.ingest(List.of(ref), observed, true, true, NewsroomListener.NONE);
    } catch (Exception e) {
      metrics.fetched("failed");
      return PollResult.failed(ref + ": " + e, Signals.NONE);
    }
    IngestReport report = run.ingest();
    if (!run.writes().ok()) {
      // Owed, not lost: the next poll (or run) writes them first.
      log.warn(
          "stories_owed",
          "ref",
          ref,
          "not_written",
          run.writes().notWritten(),
          "error",
          run.writes().firstFailure().orElse(""));
    }
    metrics.articlesStored(report.stored());
    PollResult result = result(ref, report, observed.first.get());
    metrics.fetched(result.outcome().label());
    for (SourceFailure f : report.failures()) {
      log.info("poll_failure", "ref", ref, "source", f.source(), "error", f.reason());
    }
    return result;
  }

  static PollResult result(String ref, IngestReport report, FetchResult first) {
    Signals signals = Signals.NONE;
    if (first instanceof FetchResult.Failed f) {
      signals = new Signals(Optional.empty(), java.util.Set.of(), Optional.empty(), f.retryAfter());
      return PollResult.failed(f.reason(), signals);
    }
    if (first instanceof FetchResult.NotModified) {
      return new PollResult(PollResult.Outcome.NOT_MODIFIED, 0, Optional.empty(), signals);
    }
    if (first instanceof FetchResult.Ok ok) {
      signals =
          new Signals(Optional.empty(), java.util.Set.of(), ok.maxAge(), Optional.empty())
              .withFeed(FeedSignals.read(ok.body()));
    }
    Optional<SourceFailure> own =
        report.failures().stream().filter(f -> f.source().equals(ref)).findFirst();
    if (own.isPresent()) {
      return PollResult.failed(own.get().reason(), signals);
    }
    Optional<String> note = Optional.empty();
    if (!report.failures().isEmpty()) {
      note =
          Optional.of(
              report.failures().size()
                  + " item(s) failed, first: "
                  + report.failures().get(0).reason());
    }
    return new PollResult(PollResult.Outcome.OK, report.stored(), note, signals);
  }

  /** The shared fetcher, remembering what the source's own URL answered. */
  private static final class Observed implements Fetcher {
    private final Fetcher inner;
    private final Optional<URI> own;
    final AtomicReference<FetchResult> first = new AtomicReference<>();

    Observed(Fetcher inner, String ref) {
      this.inner = inner;
      Optional<URI> u;
      try {
        u = Optional.of(URI.create(ref));
      } catch (IllegalArgumentException e) {
        u = Optional.empty();
      }
      this.own = u;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
      FetchResult r = inner.fetch(request);
      if (own.isPresent() && request.uri().equals(own.get())) {
        first.compareAndSet(null, r);
      }
      return r;
    }
  }
}
