package dev.lede.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * CPU time spent per pipeline stage, summed over the threads that ran it, for benchmarks. Each
 * stage times only leaf work (never a stage around another), so the stages add up. {@link #none()}
 * costs nothing; an enabled instance reads the current thread's CPU clock twice per timed region
 * (about a microsecond). Thread-safe.
 *
 * <pre>{@code
 * long t = times.start();
 * store.put(article, states);
 * times.stop(StageTimes.Stage.STORE, t);
 * }</pre>
 */
public final class StageTimes {
  /** Pipeline stages, in the order an article goes through them. */
  public enum Stage {
    /** Reading a file or fetching a URL, and parsing the feed or JSON line. */
    READ,
    /** Main text and metadata extraction from HTML. */
    EXTRACT,
    /** Canonical URL, hashes, language detection, near-duplicate search. */
    DEDUP,
    /** The SQLite transaction storing the article. */
    STORE,
    /** Lucene indexing and commits. */
    INDEX,
    /** Text analysis (sentences, entities) to choose what to embed. */
    NLP,
    /** Model inference for embeddings. */
    EMBED,
    /** Story assignment (the clusterer) and its SQLite record. */
    CLUSTER,
    /** Story vectors for related stories. */
    RELATED,
    /** Writing stories. */
    WRITE
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final StageTimes NONE = new StageTimes(false);

  private final boolean enabled;
  private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);
  private final AtomicLongArray regions = new AtomicLongArray(Stage.values().length);

  private StageTimes(boolean enabled) {
    this.enabled = enabled;
  }

  /** Times nothing. */
  public static StageTimes none() {
    return NONE;
  }

  /**
   * Times on the CPU clock of each thread.
   *
   * @throws IllegalStateException when this JVM cannot measure thread CPU time
   */
  public static StageTimes create() {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    if (!THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
    return new StageTimes(true);
  }

  /** Whether this instance times anything. */
  public boolean enabled() {
    return enabled;
  }

  /** The current thread's CPU clock (nanoseconds), to pass to {@link #stop}; 0 when disabled. */
  public long start() {
    return enabled ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Adds the CPU time since {@code start} on this thread to {@code stage}. */
  public void stop(Stage stage, long start) {
    if (enabled) {
      add(stage, THREADS.getCurrentThreadCpuTime() - start);
    }
  }

  /** Adds CPU time measured elsewhere (e.g. on a model's own threads) to {@code stage}. */
  public void add(Stage stage, long cpuNanos) {
    if (enabled) {
      nanos.addAndGet(stage.ordinal(), cpuNanos);
      regions.incrementAndGet(stage.ordinal());
    }
  }

  /** CPU nanoseconds recorded for {@code stage}. */
  public long cpuNanos(Stage stage) {
    return nanos.get(stage.ordinal());
  }

  /** Number of timed regions recorded for {@code stage}. */
  public long regions(Stage stage) {
    return regions.get(stage.ordinal());
  }
}
