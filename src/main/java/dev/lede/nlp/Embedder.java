package dev.lede.nlp;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns texts into dense vectors whose cosine reflects meaning: the one embedding contract of
 * clustering, related stories and the writer.
 *
 * <p>Every implementation returns one vector of {@link #dimension()} floats per text, in order, the
 * same vector for the same text. A blank text (nothing said) embeds as the zero vector, which is
 * similar to nothing; a null text is rejected with an {@link IllegalArgumentException} naming its
 * index. {@link #none()} (dimension 0) turns the signal off.
 */
public interface Embedder {

  /** Vector length; 0 for {@link #none()}. */
  int dimension();

  /** One vector per text, in order (see the class comment for blank and null texts). */
  float[][] embed(List<String> texts);

  /** No embeddings: an empty vector per text. */
  static Embedder none() {
    return of(0, texts -> new float[texts.size()][0]);
  }

  /**
   * all-MiniLM-L6-v2 (384 dimensions, trained on English) run in process through ONNX: the
   * process-wide {@link MiniLmEmbedder#shared()}, so clustering, related stories and the writer
   * share one model, loaded on the first embedding (about a second). Vectors are unit length.
   */
  static Embedder miniLm() {
    return MiniLmEmbedder.shared();
  }

  /**
   * An embedder of {@code dimension} from a function that embeds texts that are neither null nor
   * blank; this one checks them and answers blank ones with the zero vector itself.
   */
  static Embedder of(int dimension, Function<List<String>, float[][]> nonBlank) {
    if (dimension < 0) {
      throw new IllegalArgumentException("dimension must be at least 0, was " + dimension);
    }
    Objects.requireNonNull(nonBlank, "nonBlank");
    return new Embedder() {
      @Override
      public int dimension() {
        return dimension;
      }

      @Override
      public float[][] embed(List<String> texts) {
        return Blanks.embed(texts, dimension, nonBlank);
      }
    };
  }
}
