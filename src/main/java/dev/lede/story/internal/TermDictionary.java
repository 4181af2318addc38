package dev.lede.story.internal;

import java.util.Arrays;

/**
 * Interns strings (terms or entity keys) to dense ids and counts in how many articles each occurs,
 * for inverse document frequency. Grows online; counts never go down.
 */
public final class TermDictionary {
  // Open addressing over the strings' hashes: one probe into two int arrays per lookup, where a
  // HashMap chases a node and a boxed Integer; the dictionary of a large archive is read for
  // every term of every article.
  private int[] slots = new int[2048]; // id + 1, 0 when free
  private int[] slotHashes = new int[2048];
  private int size;
  private String[] strings = new String[1024];
  private int[] df = new int[1024];
  private int docs;
  private double logDocs = Math.log(1.0);
  // ln(df + 0.5) by df, so idf costs a subtraction instead of a logarithm.
  private double[] logHalf = new double[0];

  /** The id of {@code s}, interning it when new. */
  public int id(String s) {
    int h = spread(s.hashCode());
    int mask = slots.length - 1;
    int i = h & mask;
    while (slots[i] != 0) {
      int id = slots[i] - 1;
      if (slotHashes[i] == h && strings[id].equals(s)) {
        return id;
      }
      i = (i + 1) & mask;
    }
    int next = size++;
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
      strings = Arrays.copyOf(strings, next * 2);
    }
    strings[next] = s;
    slots[i] = next + 1;
    slotHashes[i] = h;
    if (size * 2 > slots.length) {
      rehash();
    }
    return next;
  }

  /** The id of {@code s}, or -1 when it was never seen. */
  public int lookup(String s) {
    int h = spread(s.hashCode());
    int mask = slots.length - 1;
    for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (slotHashes[i] == h && strings[id].equals(s)) {
        return id;
      }
    }
    return -1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void rehash() {
    int[] oldSlots = slots;
    int[] oldHashes = slotHashes;
    slots = new int[oldSlots.length * 2];
    slotHashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = oldHashes[j] & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        slotHashes[i] = oldHashes[j];
      }
    }
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
    return id < 0 || id >= size ? 0 : df[id];
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
    return size;
  }
}
