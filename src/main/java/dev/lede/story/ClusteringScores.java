package dev.lede.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a clustering with a gold one: B-cubed (per-item, so big clusters do not dominate)
 * and pairwise precision/recall/F1.
 */
public final class ClusteringScores {
  private ClusteringScores() {}

  /**
   * Precision, recall and their harmonic mean.
   *
   * @param precision in [0, 1]
   * @param recall in [0, 1]
   * @param f1 in [0, 1]; 0 when both are 0
   */
  public record Scores(double precision, double recall, double f1) {
    static Scores of(double p, double r) {
      return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /**
   * B-cubed scores of {@code predicted} (item to cluster) against {@code gold}: for each item, the
   * share of its predicted cluster that is in its gold cluster (precision) and the share of its
   * gold cluster that is in its predicted cluster (recall), averaged over items.
   *
   * @throws IllegalArgumentException when the two do not cover the same items, or are empty
   */
  public static Scores bcubed(Map<String, String> predicted, Map<String, String> gold) {
    requireSameItems(predicted, gold);
    Map<String, Integer> predictedSize = sizes(predicted);
    Map<String, Integer> goldSize = sizes(gold);
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      both.merge(e.getValue() + '\u0000' + gold.get(e.getKey()), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      int overlap = both.get(e.getValue() + '\u0000' + g);
      p += (double) overlap / predictedSize.get(e.getValue());
      r += (double) overlap / goldSize.get(g);
    }
    int n = predicted.size();
    return Scores.of(p / n, r / n);
  }

  /**
   * Pairwise scores: precision is the share of item pairs put together that belong together, recall
   * the share of pairs that belong together that were put together. A clustering with no pair put
   * together has precision 1 by convention.
   *
   * @throws IllegalArgumentException when the two do not cover the same items, or are empty
   */
  public static Scores pairwise(Map<String, String> predicted, Map<String, String> gold) {
    requireSameItems(predicted, gold);
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      both.merge(e.getValue() + '\u0000' + gold.get(e.getKey()), 1, Integer::sum);
    }
    double together = pairs(both);
    double predictedPairs = pairs(sizes(predicted));
    double goldPairs = pairs(sizes(gold));
    double p = predictedPairs == 0 ? 1 : together / predictedPairs;
    double r = goldPairs == 0 ? 1 : together / goldPairs;
    return Scores.of(p, r);
  }

  private static double pairs(Map<String, Integer> sizes) {
    double s = 0;
    for (int n : sizes.values()) {
      s += n * (n - 1.0) / 2;
    }
    return s;
  }

  private static Map<String, Integer> sizes(Map<String, String> clustering) {
    Map<String, Integer> sizes = new HashMap<>();
    for (String c : clustering.values()) {
      sizes.merge(Objects.requireNonNull(c, "cluster id"), 1, Integer::sum);
    }
    return sizes;
  }

  private static void requireSameItems(Map<String, String> predicted, Map<String, String> gold) {
    if (predicted.isEmpty()) {
      throw new IllegalArgumentException("clustering scores: no items");
    }
    if (!predicted.keySet().equals(gold.keySet())) {
      int missing = 0;
      String example = null;
      for (String k : gold.keySet()) {
        if (!predicted.containsKey(k)) {
          missing++;
          example = example == null ? k : example;
        }
      }
      for (String k : predicted.keySet()) {
        if (!gold.containsKey(k)) {
          missing++;
          example = example == null ? k : example;
        }
      }
      throw new IllegalArgumentException(
          "clustering scores: predicted and gold differ in " + missing + " items, e.g. " + example);
    }
  }
}
