package dev.lede.story.internal;

import java.util.Arrays;

/**
 * Interns strings (terms or entity keys) to dense ids and counts in how many articles each occurs,
 * for inverse document frequency. Grows online; counts never go down.
 */
public final class TermDictionary {
  // Open addressing over 64-bit hashes of the strings, each slot the hash and the id side by side:
  // a lookup reads one cache line, where a HashMap chases a node, a boxed Integer and the stored
  // string. Two strings would share an id only if their 64-bit hashes were equal: with a million
  // strings, a chance of about 3 in 100 million.
  private long[] table = new long[4096]; // hash, id + 1 (0 when free)
  private int size;
  private String[] strings = new String[1024];
  private int[] df = new int[1024];
  private int docs;
  private double logDocs = Math.log(1.0);
  // ln(df + 0.5) by df, so idf costs a subtraction instead of a logarithm.
  private double[] logHalf = new double[0];

  /** The id of {@code s}, interning it when new. */
  public int id(String s) {
    long h = hash(s);
    int mask = (table.length >> 1) - 1;
    int i = (int) h & mask;
    while (table[2 * i + 1] != 0) {
      if (table[2 * i] == h) {
        return (int) table[2 * i + 1] - 1;
      }
      i = (i + 1) & mask;
    }
    int next = size++;
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
      strings = Arrays.copyOf(strings, next * 2);
    }
    strings[next] = s;
    table[2 * i] = h;
    table[2 * i + 1] = next + 1;
    if (size * 2 > (table.length >> 1)) {
      rehash();
    }
    return next;
  }

  /** The id of {@code s}, or -1 when it was never seen. */
  public int lookup(String s) {
    long h = hash(s);
    int mask = (table.length >> 1) - 1;
    for (int i = (int) h & mask; table[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (table[2 * i] == h) {
        return (int) table[2 * i + 1] - 1;
      }
    }
    return -1;
  }

  /** FNV-1a over the UTF-16 units, then SplitMix64's finaliser so low bits spread well. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  private void rehash() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = (table.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = (int) old[j] & mask;
        while (table[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
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
