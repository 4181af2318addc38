package dev.lede.story.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * An immutable sparse vector over dictionary ids: ids ascending, no zeros. Compact on purpose (two
 * arrays) since every story keeps one for its terms and one for its entity keys.
 */
public final class SparseVector {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] values;
  // Cache of weightedNormSquared; a pure function of the call sequence, so still deterministic.
  private double normSquared;
  private int normDocs;
  private TermDictionary normDictionary;

  private SparseVector(int[] ids, float[] values) {
    this.ids = ids;
    this.values = values;
  }

  public static SparseVector of(Map<Integer, Float> entries) {
    int[] ids = new int[entries.size()];
    int n = 0;
    for (Map.Entry<Integer, Float> e : entries.entrySet()) {
      if (e.getValue() != 0f) {
        ids[n++] = e.getKey();
      }
    }
    ids = Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = entries.get(ids[i]);
    }
    return new SparseVector(ids, values);
  }

  /**
   * A vector over ids already ascending and distinct, with no zero values (the arrays are kept).
   */
  static SparseVector ofSorted(int[] ids, float[] values) {
    return new SparseVector(ids, values);
  }

  public int size() {
    return ids.length;
  }

  /** Whether {@code id} has a value here. */
  public boolean contains(int id) {
    return id >= 0 && java.util.Arrays.binarySearch(ids, id) >= 0;
  }

  public int id(int i) {
    return ids[i];
  }

  public float value(int i) {
    return values[i];
  }

  /** {@code this + scale * other}. */
  public SparseVector plus(SparseVector other, float scale) {
    int[] outIds = new int[ids.length + other.ids.length];
    float[] outValues = new float[outIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < other.ids.length) {
      if (j == other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
        outIds[n] = ids[i];
        outValues[n++] = values[i++];
      } else if (i == ids.length || other.ids[j] < ids[i]) {
        outIds[n] = other.ids[j];
        outValues[n++] = scale * other.values[j++];
      } else {
        outIds[n] = ids[i];
        outValues[n++] = values[i++] + scale * other.values[j++];
      }
    }
    return new SparseVector(Arrays.copyOf(outIds, n), Arrays.copyOf(outValues, n));
  }

  /** This without entries at or below a small epsilon (left over after subtraction). */
  public SparseVector dropNonPositive() {
    int n = 0;
    int[] outIds = new int[ids.length];
    float[] outValues = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      if (values[i] > 1e-6f) {
        outIds[n] = ids[i];
        outValues[n++] = values[i];
      }
    }
    return n == ids.length
        ? this
        : new SparseVector(Arrays.copyOf(outIds, n), Arrays.copyOf(outValues, n));
  }

  /** {@code scale * this}. */
  public SparseVector times(float scale) {
    float[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return new SparseVector(ids, v);
  }

  /**
   * Keeps the {@code max} entries with the largest {@code |value| * weight(id)}; ties go to the
   * smaller id, so pruning is deterministic.
   */
  public SparseVector prune(int max, IntToDoubleFunction weight) {
    if (ids.length <= max) {
      return this;
    }
    if (max <= 0) {
      return EMPTY;
    }
    double[] w = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      w[i] = Math.abs(values[i]) * weight.applyAsDouble(ids[i]);
    }
    // The max-th largest weight: entries above it stay, and of those equal to it the first ones
    // (smaller ids) fill what is left. Ids stay ascending, so nothing is sorted but the weights.
    double[] sorted = w.clone();
    Arrays.sort(sorted);
    double cut = sorted[ids.length - max];
    int above = 0;
    for (double x : w) {
      if (Double.compare(x, cut) > 0) {
        above++;
      }
    }
    int ties = max - above;
    int[] outIds = new int[max];
    float[] outValues = new float[max];
    int n = 0;
    for (int i = 0; i < ids.length && n < max; i++) {
      int c = Double.compare(w[i], cut);
      if (c > 0 || (c == 0 && ties-- > 0)) {
        outIds[n] = ids[i];
        outValues[n++] = values[i];
      }
    }
    return new SparseVector(outIds, outValues);
  }

  /** {@code sum(a_i * b_i * w_i^2)}: a dot product with both sides weighted by w. */
  public static double weightedDot(SparseVector a, SparseVector b, TermDictionary w) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      int x = a.ids[i];
      int y = b.ids[j];
      if (x < y) {
        i++;
      } else if (y < x) {
        j++;
      } else {
        float wi = w.idf(x);
        s += (double) a.values[i] * b.values[j] * wi * wi;
        i++;
        j++;
      }
    }
    return s;
  }

  /**
   * {@code sum((v_i * w_i)^2)}. Cached: idf drifts slowly as articles arrive, so the value is
   * reused until the collection has grown by a sixty-fourth since it was computed.
   */
  public double weightedNormSquared(TermDictionary w) {
    int docs = w.docs();
    if (normDictionary == w && docs - normDocs <= (normDocs >> 6)) {
      return normSquared;
    }
    double s = 0;
    for (int i = 0; i < ids.length; i++) {
      double x = values[i] * w.idf(ids[i]);
      s += x * x;
    }
    normSquared = s;
    normDocs = docs;
    normDictionary = w;
    return s;
  }

  /** Cosine of {@code a} and {@code b} after weighting both by {@code w}; 0 when either is 0. */
  public static double weightedCosine(SparseVector a, SparseVector b, TermDictionary w) {
    double dot = weightedDot(a, b, w);
    if (dot == 0) {
      return 0;
    }
    return dot / Math.sqrt(a.weightedNormSquared(w) * b.weightedNormSquared(w));
  }

  /** Euclidean norm, unweighted. */
  public double norm() {
    double s = 0;
    for (float v : values) {
      s += (double) v * v;
    }
    return Math.sqrt(s);
  }
}
