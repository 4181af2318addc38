package dev.lede.write;

import dev.lede.nlp.Embedder;
import dev.lede.write.internal.Words;
import java.util.List;

/**
 * A cheap deterministic stand-in for MiniLM in tests: hashed bag of lower-cased words, L2
 * normalised. Similar wording gives similar vectors, which is all the writer's tests need.
 */
public final class HashingEmbedder implements Embedder {
  private static final int DIM = 256;

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("texts[" + i + "] is blank");
      }
      float[] v = new float[DIM];
      for (String w : Words.lowerWords(t)) {
        int h = w.hashCode();
        v[Math.floorMod(h, DIM)] += Words.isContent(w) ? 1f : 0.2f;
      }
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      if (n > 0) {
        float inv = (float) (1 / Math.sqrt(n));
        for (int k = 0; k < DIM; k++) {
          v[k] *= inv;
        }
      }
      out[i] = v;
    }
    return out;
  }
}
