package dev.lede.nlp;

import dev.lede.write.internal.Words;
import java.util.List;

/**
 * The tests' one stand-in for MiniLM: a hashed bag of lower-cased words, L2 normalised. Similar
 * wording gives similar vectors, which is all clustering and writer tests need; cheap and
 * deterministic. Blank and null texts follow {@link Embedder}'s contract.
 */
public final class HashingEmbedder implements Embedder {
  private final int dim;
  private final float stopWordWeight;

  /** 256 dimensions, stop words weighing a fifth of a content word (the writer's tests). */
  public HashingEmbedder() {
    this(256, 0.2f);
  }

  private HashingEmbedder(int dim, float stopWordWeight) {
    this.dim = dim;
    this.stopWordWeight = stopWordWeight;
  }

  /** {@code dim} dimensions, every word weighing the same (the clusterer's tests: 64). */
  public static HashingEmbedder plain(int dim) {
    return new HashingEmbedder(dim, 1f);
  }

  @Override
  public int dimension() {
    return dim;
  }

  @Override
  public float[][] embed(List<String> texts) {
    return Embedder.of(dim, this::hash).embed(texts);
  }

  private float[][] hash(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      float[] v = new float[dim];
      for (String w : Words.lowerWords(texts.get(i))) {
        v[Math.floorMod(w.hashCode(), dim)] += Words.isContent(w) ? 1f : stopWordWeight;
      }
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      if (n > 0) {
        float inv = (float) (1 / Math.sqrt(n));
        for (int k = 0; k < dim; k++) {
          v[k] *= inv;
        }
      }
      out[i] = v;
    }
    return out;
  }
}
