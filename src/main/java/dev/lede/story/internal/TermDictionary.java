package dev.lede.story.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns strings (terms or entity keys) to dense ids and counts in how many articles each occurs,
 * for inverse document frequency. Grows online; counts never go down.
 */
public final class TermDictionary {
  private final Map<String, Integer> ids = new HashMap<>();
  private String[] strings = new String[1024];
  private int[] df = new int[1024];
  private int docs;
  private double logDocs = Math.log(1.0);
  // ln(df + 0.5) by df, so idf costs a subtraction instead of a logarithm.
  private double[] logHalf = new double[0];

  /** The id of {@code s}, interning it when new. */
  public int id(String s) {
    Integer id = ids.get(s);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
      strings = Arrays.copyOf(strings, next * 2);
    }
    ids.put(s, next);
    strings[next] = s;
    return next;
  }

  /** The id of {@code s}, or -1 when it was never seen. */
  public int lookup(String s) {
    Integer id = ids.get(s);
    return id == null ? -1 : id;
  }

  public String string(int id) {
    return strings[id];
  }

  /** Counts one more article containing each of the (distinct) ids. */
  public void addDocument(int[] distinctIds) {
    docs++;
    logDocs = Math.log(docs + 1.0);
    for (int id : distinctIds) {
      df[id]++;
    }
  }

  public int docs() {
    return docs;
  }

  public int df(int id) {
    return id < 0 || id >= ids.size() ? 0 : df[id];
  }

  /**
   * Smoothed inverse document frequency; a string in every article weighs about 0, one never seen
   * weighs {@code ln(2N + 2)}.
   */
  public float idf(int id) {
    int d = df(id);
    if (d >= logHalf.length) {
      growLogTable(d);
    }
    return (float) (logDocs - logHalf[d]);
  }

  private void growLogTable(int d) {
    int old = logHalf.length;
    logHalf = Arrays.copyOf(logHalf, Math.max(d + 1, old * 2));
    for (int i = old; i < logHalf.length; i++) {
      logHalf[i] = Math.log(i + 0.5);
    }
  }

  public int size() {
    return ids.size();
  }
}
