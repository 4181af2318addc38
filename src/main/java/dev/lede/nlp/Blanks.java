package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The {@link Embedder} contract's blank and null texts, for implementations to share. */
final class Blanks {
  private Blanks() {}

  /**
   * Rejects null texts (naming the index), gives blank texts the zero vector and hands the rest to
   * {@code nonBlank} in one call, checking it returns one vector of {@code dimension} per text.
   */
  static float[][] embed(
      List<String> texts, int dimension, Function<List<String>, float[][]> nonBlank) {
    Objects.requireNonNull(texts, "texts");
    float[][] out = new float[texts.size()][];
    List<String> rest = new ArrayList<>(texts.size());
    List<Integer> at = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null) {
        throw new IllegalArgumentException("texts[" + i + "] is null");
      }
      if (t.isBlank()) {
        out[i] = new float[dimension];
      } else {
        rest.add(t);
        at.add(i);
      }
    }
    if (!rest.isEmpty()) {
      float[][] vectors = nonBlank.apply(rest);
      if (vectors == null || vectors.length != rest.size()) {
        throw new IllegalStateException(
            "embedder returned "
                + (vectors == null ? "nothing" : vectors.length + " vectors")
                + " for "
                + rest.size()
                + " texts");
      }
      for (int j = 0; j < vectors.length; j++) {
        if (vectors[j] == null || vectors[j].length != dimension) {
          throw new IllegalStateException(
              "embedder returned a vector of "
                  + (vectors[j] == null ? "nothing" : vectors[j].length + " floats")
                  + " for a text, expected "
                  + dimension);
        }
        out[at.get(j)] = vectors[j];
      }
    }
    return out;
  }
}
