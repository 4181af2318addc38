package dev.lede.dedup;

import dev.lede.dedup.internal.Shingles;
import java.util.Objects;

/**
 * 64-bit SimHash (Charikar) of a text, for finding near-duplicates among many stored articles.
 *
 * <p>Features are the distinct 3-word shingles of the normalised text (see {@link ContentHash} for
 * the normalisation; Chinese, Japanese and Thai runs count character bigrams as words), each hashed
 * with xxHash64 and weighted equally. Two texts that share most shingles have hashes a few bits
 * apart; unrelated texts differ in about 32 bits.
 *
 * <p>Store the hash with the article and look candidates up by {@link #bands}; confirm them with
 * {@link NearDuplicates#isNearDuplicate(String, String)}.
 */
public final class SimHash {
  /** Number of bands returned by {@link #bands}. */
  public static final int BANDS = 4;

  /** Bits per band. */
  public static final int BAND_BITS = 64 / BANDS;

  private SimHash() {}

  /** The SimHash of {@code text}; {@code 0} for a text with no words. */
  public static long of(String text) {
    Objects.requireNonNull(text, "text");
    return ofShingles(Shingles.hashes(text));
  }

  static long ofShingles(long[] shingles) {
    int[] votes = new int[64];
    for (long h : shingles) {
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
      }
    }
    long simhash = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        simhash |= 1L << bit;
      }
    }
    return simhash;
  }

  /** Hamming distance between two hashes, 0 (same) to 64. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /**
   * Lookup keys for candidate search: the hash cut into {@value #BANDS} bands of {@value
   * #BAND_BITS} bits. Key {@code i} is {@code (i << 16) | bits}, so keys of different bands never
   * collide and all four can share one index column. Two hashes at distance 3 or less share at
   * least one key (pigeonhole); farther pairs often do too, but without guarantee.
   */
  public static int[] bands(long simhash) {
    int[] keys = new int[BANDS];
    for (int i = 0; i < BANDS; i++) {
      keys[i] = (i << BAND_BITS) | (int) ((simhash >>> (i * BAND_BITS)) & 0xFFFF);
    }
    return keys;
  }
}
