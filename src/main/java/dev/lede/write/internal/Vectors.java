package dev.lede.write.internal;

import java.util.HashSet;
import java.util.Set;

/** Small vector and set arithmetic. */
public final class Vectors {
  private Vectors() {}

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Mean of vectors, unnormalised; empty input gives a zero vector of length {@code dim}. */
  public static float[] mean(Iterable<float[]> vs, int dim) {
    float[] out = new float[dim];
    int n = 0;
    for (float[] v : vs) {
      for (int i = 0; i < dim; i++) {
        out[i] += v[i];
      }
      n++;
    }
    if (n > 0) {
      for (int i = 0; i < dim; i++) {
        out[i] /= n;
      }
    }
    return out;
  }

  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }
}
