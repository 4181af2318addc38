package dev.lede.story.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lede.story.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Embedder} over langchain4j's in-process all-MiniLM-L6-v2. The model (about 90 MB) loads on
 * the first {@link #embed} call, once per process.
 */
public final class MiniLmEmbedder implements Embedder {
  private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

  private static final class Model {
    // Runs on the calling thread so results never depend on a pool's scheduling.
    static final AllMiniLmL6V2EmbeddingModel INSTANCE =
        new AllMiniLmL6V2EmbeddingModel(Runnable::run);
  }

  private MiniLmEmbedder() {}

  /** The process-wide instance. */
  public static MiniLmEmbedder shared() {
    return SHARED;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[][] embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      // Blank input would make the tokenizer fail; a lone period embeds as "nothing said".
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> out = Model.INSTANCE.embedAll(segments).content();
    float[][] vectors = new float[out.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = out.get(i).vector();
    }
    return vectors;
  }
}
