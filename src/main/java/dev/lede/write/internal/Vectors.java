package dev.lede.write.internal;

import java.util.Set;

/** Small vector and set arithmetic. */
public final class Vectors {
  private Vectors() {}

  /**
   * Cosine similarity of two L2-normalised vectors (what every {@link dev.lede.nlp.Embedder}
   * returns), computed as their dot product.
   */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      dot += a[i] * b[i];
    }
    return dot;
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

  /** The vector scaled to unit length; a zero vector stays zero. */
  public static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String x : small) {
      inter += large.contains(x) ? 1 : 0;
    }
    return (double) inter / (a.size() + b.size() - inter);
  }
}
