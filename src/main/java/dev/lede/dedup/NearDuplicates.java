package dev.lede.dedup;

import dev.lede.dedup.internal.Shingles;
import dev.lede.dedup.internal.TextNormalizer;
import java.util.Objects;

/**
 * Decides whether two texts are the same article: a syndicated copy under another outlet's header
 * and footer, a lightly edited or corrected version, a copy cut short.
 *
 * <p>Two stages, because SimHash alone cannot draw this line. On near-duplicates built from real
 * Wikinews articles ({@code bench/dedup-quality}) the SimHash distance of true pairs has a median
 * of 6 to 12 bits and reaches 27, while different articles on the same topic are 14 to 44 bits
 * apart: the classic "distance at most 3" rule would miss about nine pairs in ten. The exact
 * Jaccard resemblance of the two texts' 3-word shingle sets separates them cleanly (true pairs 0.36
 * and up, median 0.75 or more; other articles 0.23 at most, even when both carry the same outlet
 * boilerplate). Korean Wikinews articles are short (median about 116 words), so a 60-word header
 * and footer weigh more: 74-99% of true pairs are found, and 1.4% of pairs of different short
 * articles under the same boilerplate are wrongly matched. Strip boilerplate before comparing.
 *
 * <ol>
 *   <li>{@link #isCandidate}: a cheap SimHash pre-filter ({@link #MAX_CANDIDATE_DISTANCE} bits) to
 *       run over recent stored articles' hashes before loading any text;
 *   <li>{@link #isNearDuplicate(String, String)}: the decision, by shingle resemblance at least
 *       {@link #MIN_RESEMBLANCE}.
 * </ol>
 *
 * <p>MinHash would only estimate the resemblance computed here exactly; both texts are at hand when
 * a candidate is verified, and exact Jaccard of two articles costs about 0.1 ms.
 */
public final class NearDuplicates {
  /** Shingle Jaccard resemblance at or above which two texts are near-duplicates. */
  public static final double MIN_RESEMBLANCE = 0.4;

  /**
   * SimHash distance up to which a pair is worth verifying. Keeps 94-100% of the English true pairs
   * in the benchmark (76-99% of the shorter Korean ones) while passing 0.2% of different same-topic
   * articles on to verification (3-15% when both carry the same boilerplate).
   */
  public static final int MAX_CANDIDATE_DISTANCE = 20;

  /**
   * Texts with fewer shingles than this (about a dozen words) are near-duplicates only when they
   * normalise to the same text: one changed word in a two-line brief can make it another story.
   */
  public static final int MIN_SHINGLES = 10;

  private NearDuplicates() {}

  /** Whether two SimHashes are close enough to be worth {@link #isNearDuplicate verifying}. */
  public static boolean isCandidate(long simhashA, long simhashB) {
    return SimHash.distance(simhashA, simhashB) <= MAX_CANDIDATE_DISTANCE;
  }

  /** Jaccard resemblance of the two texts' shingle sets, 0 (nothing shared) to 1. */
  public static double resemblance(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return Shingles.jaccard(Shingles.hashes(a), Shingles.hashes(b));
  }

  /**
   * Whether {@code a} and {@code b} are the same article: resemblance at least {@link
   * #MIN_RESEMBLANCE}, or for short texts ({@link #MIN_SHINGLES}) the same normalised text. Texts
   * with no words are never near-duplicates of anything.
   */
  public static boolean isNearDuplicate(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    long[] sa = Shingles.hashes(a);
    long[] sb = Shingles.hashes(b);
    if (sa.length == 0 || sb.length == 0) {
      return false;
    }
    if (sa.length < MIN_SHINGLES || sb.length < MIN_SHINGLES) {
      return TextNormalizer.normalize(a).equals(TextNormalizer.normalize(b));
    }
    return Shingles.jaccard(sa, sb) >= MIN_RESEMBLANCE;
  }
}
