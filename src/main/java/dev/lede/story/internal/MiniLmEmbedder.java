package dev.lede.story.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lede.story.Embedder;
import java.util.ArrayList;
import java.util.List;

/** {@link Embedder} over langchain4j's in-process all-MiniLM-L6-v2. */
public final class MiniLmEmbedder implements Embedder {

  private static final class Holder {
    // Runs on the calling thread so results never depend on a pool's scheduling.
    static final MiniLmEmbedder INSTANCE =
        new MiniLmEmbedder(new AllMiniLmL6V2EmbeddingModel(Runnable::run));
  }

  private final AllMiniLmL6V2EmbeddingModel model;

  private MiniLmEmbedder(AllMiniLmL6V2EmbeddingModel model) {
    this.model = model;
  }

  /** The process-wide instance (the model weighs about 90 MB). */
  public static MiniLmEmbedder shared() {
    return Holder.INSTANCE;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[][] embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      // The model reads at most 256 word pieces; blank input would make it fail.
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> out = model.embedAll(segments).content();
    float[][] vectors = new float[out.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = out.get(i).vector();
    }
    return vectors;
  }
}
