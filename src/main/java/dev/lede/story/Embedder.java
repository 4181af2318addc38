package dev.lede.story;

import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.story.internal.SharedMiniLm;
import java.util.List;

/**
 * Maps texts to dense vectors whose cosine reflects meaning. One of several similarity signals; an
 * embedder with {@link #dimension()} 0 turns the signal off.
 */
public interface Embedder {

  /** Vector length; 0 for {@link #none()}. */
  int dimension();

  /**
   * One vector of {@link #dimension()} floats per text, in order. Must be deterministic for a given
   * text.
   */
  float[][] embed(List<String> texts);

  /** No embeddings. */
  static Embedder none() {
    return new Embedder() {
      @Override
      public int dimension() {
        return 0;
      }

      @Override
      public float[][] embed(List<String> texts) {
        return new float[texts.size()][0];
      }
    };
  }

  /**
   * all-MiniLM-L6-v2 (384 dimensions, trained on English) run in process through ONNX: the
   * process-wide {@link MiniLmEmbedder#shared()}, so clustering, related stories and the writer
   * share one model, loaded on the first embedding (about a second). Vectors are unit length; a
   * blank text embeds as a lone period ("nothing said").
   */
  static Embedder miniLm() {
    return SharedMiniLm.INSTANCE;
  }
}
