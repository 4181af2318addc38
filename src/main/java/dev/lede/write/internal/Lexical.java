package dev.lede.write.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a story's candidate sentences, the writer's model-free stand-in for sentence
 * embeddings: each sentence is the bag of its content-word stems ({@link Words#stem}), weighted by
 * term frequency times smoothed inverse sentence frequency over all the story's candidates, and
 * L2-normalised. Built once per story; cosines are sparse dot products.
 */
public final class Lexical {
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final double[] idf;

  private Lexical(List<Candidate> sentences) {
    Map<String, Integer> df = new HashMap<>();
    for (Candidate c : sentences) {
      for (String t : c.stems) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = sentences.size();
    idf = new double[df.size()];
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      int id = vocabulary.size();
      vocabulary.put(e.getKey(), id);
      idf[id] = Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1;
    }
  }

  /** Builds the vocabulary from {@code sentences} and gives each its vector ({@code c.lex}). */
  public static Lexical index(List<Candidate> sentences) {
    Lexical lx = new Lexical(sentences);
    for (Candidate c : sentences) {
      c.lex = lx.vector(c.stems);
    }
    return lx;
  }

  /** The normalised TF-IDF vector of a bag of stems; words outside the vocabulary are dropped. */
  Sparse vector(List<String> stems) {
    Map<Integer, Double> tf = new HashMap<>();
    for (String s : stems) {
      Integer id = vocabulary.get(s);
      if (id != null) {
        tf.merge(id, 1.0, Double::sum);
      }
    }
    int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] w = new float[ids.length];
    double norm = 0;
    for (int k = 0; k < ids.length; k++) {
      double v = tf.get(ids[k]) * idf[ids[k]];
      w[k] = (float) v;
      norm += v * v;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < w.length; k++) {
        w[k] *= inv;
      }
    }
    return new Sparse(ids, w);
  }

  /** Size of the dense space that {@link #centroid} returns. */
  public int dimension() {
    return idf.length;
  }

  /** Mean of sparse vectors as a dense, L2-normalised vector. */
  public float[] centroid(List<Sparse> vs) {
    float[] out = new float[idf.length];
    for (Sparse v : vs) {
      for (int k = 0; k < v.ids.length; k++) {
        out[v.ids[k]] += v.weights[k];
      }
    }
    return Vectors.normalize(out);
  }

  /** A sparse, normalised vector: sorted term ids and their weights. */
  public static final class Sparse {
    static final Sparse EMPTY = new Sparse(new int[0], new float[0]);
    final int[] ids;
    final float[] weights;

    Sparse(int[] ids, float[] weights) {
      this.ids = ids;
      this.weights = weights;
    }

    /** Cosine with another normalised sparse vector. */
    public double cosine(Sparse o) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < o.ids.length) {
        if (ids[i] == o.ids[j]) {
          dot += weights[i++] * o.weights[j++];
        } else if (ids[i] < o.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return dot;
    }

    /**
     * Cosine of the two term sets, weights ignored: shared terms over the geometric mean of the set
     * sizes. Unlike the TF-IDF cosine it counts the story's common words, which are what two
     * reports of the same fact share.
     */
    public double setCosine(Sparse o) {
      if (ids.length == 0 || o.ids.length == 0) {
        return 0;
      }
      int shared = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < o.ids.length) {
        if (ids[i] == o.ids[j]) {
          shared++;
          i++;
          j++;
        } else if (ids[i] < o.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return shared / Math.sqrt((double) ids.length * o.ids.length);
    }

    /** Cosine with a normalised dense vector indexed by term id. */
    public double cosine(float[] dense) {
      double dot = 0;
      for (int k = 0; k < ids.length; k++) {
        dot += weights[k] * dense[ids[k]];
      }
      return dot;
    }

    public boolean isEmpty() {
      return ids.length == 0;
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
  }
}
