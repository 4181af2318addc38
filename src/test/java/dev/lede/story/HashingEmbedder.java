package dev.lede.story;

import java.util.List;
import java.util.Locale;

/** A deterministic stand-in for a model: words hashed into 64 buckets. Exercises the kNN path. */
final class HashingEmbedder implements Embedder {
  @Override
  public int dimension() {
    return 64;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][64];
    for (int i = 0; i < texts.size(); i++) {
      for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          out[i][Math.floorMod(w.hashCode(), 64)] += 1;
        }
      }
    }
    return out;
  }
}
