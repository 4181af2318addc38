package dev.lede.dedup.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text, as sorted distinct 64-bit hashes. A shingle is {@value #SIZE}
 * consecutive {@linkplain TextNormalizer#words words}; a text shorter than that is one shingle.
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int SIZE = 3;

  private Shingles() {}

  /** Sorted, distinct xxHash64 values of the shingles of {@code text}; empty for empty text. */
  public static long[] hashes(String text) {
    return hashesOfWords(TextNormalizer.words(text));
  }

  /** As {@link #hashes(String)}, for words already split. */
  public static long[] hashesOfWords(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SIZE + 1);
    long[] hashes = new long[count];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < count; i++) {
      shingle.setLength(0);
      for (int j = i; j < Math.min(i + SIZE, words.size()); j++) {
        if (j > i) {
          shingle.append(' ');
        }
        shingle.append(words.get(j));
      }
      hashes[i] = XxHash64.hash(shingle.toString().getBytes(StandardCharsets.UTF_8));
    }
    Arrays.sort(hashes);
    return distinct(hashes);
  }

  /** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct arrays; 1 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int common = intersectionSize(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /** Size of the intersection of two sorted distinct arrays. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
