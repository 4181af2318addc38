package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  /** gold: {1,2,3,4,5} {6,7}. */
  private static final Map<String, String> GOLD =
      clusters("1", "A", "2", "A", "3", "A", "4", "A", "5", "A", "6", "B", "7", "B");

  @Test
  void identicalClusteringsScoreOne() {
    Map<String, String> renamed =
        clusters("1", "x", "2", "x", "3", "x", "4", "x", "5", "x", "6", "y", "7", "y");

    assertThat(ClusteringScores.bcubed(renamed, GOLD))
        .isEqualTo(new ClusteringScores.Scores(1, 1, 1));
    assertThat(ClusteringScores.pairwise(renamed, GOLD))
        .isEqualTo(new ClusteringScores.Scores(1, 1, 1));
  }

  @Test
  void bcubedOfASplitAndAnImpureClusterMatchesTheHandComputation() {
    // predicted {1,2,3} {4,5,6,7}
    Map<String, String> predicted =
        clusters("1", "p", "2", "p", "3", "p", "4", "q", "5", "q", "6", "q", "7", "q");

    ClusteringScores.Scores s = ClusteringScores.bcubed(predicted, GOLD);

    // precision: 1,2,3 -> 3/3; 4,5 -> 2/4; 6,7 -> 2/4. Mean 5/7.
    // recall:    1,2,3 -> 3/5; 4,5 -> 2/5; 6,7 -> 2/2. Mean 4.6/7.
    double p = 5.0 / 7;
    double r = 4.6 / 7;
    assertThat(s.precision()).isCloseTo(p, within(1e-12));
    assertThat(s.recall()).isCloseTo(r, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
  }

  @Test
  void oneBigClusterHasFullRecallAndPoorPrecision() {
    Map<String, String> gold = clusters("a", "G", "b", "G", "c", "G", "d", "H");
    Map<String, String> lumped = clusters("a", "x", "b", "x", "c", "x", "d", "x");

    ClusteringScores.Scores s = ClusteringScores.bcubed(lumped, gold);

    // a,b,c -> 3/4 each, d -> 1/4: (9/4 + 1/4) / 4 = 0.625
    assertThat(s.precision()).isCloseTo(0.625, within(1e-12));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isCloseTo(2 * 0.625 / 1.625, within(1e-12));
  }

  @Test
  void singletonsHaveFullPrecisionAndPoorRecall() {
    Map<String, String> gold = clusters("a", "G", "b", "G", "c", "G", "d", "H");
    Map<String, String> apart = clusters("a", "1", "b", "2", "c", "3", "d", "4");

    ClusteringScores.Scores s = ClusteringScores.bcubed(apart, gold);

    // recall: a,b,c -> 1/3 each, d -> 1: (1 + 1) / 4
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void pairwiseCountsPairsPutTogether() {
    Map<String, String> predicted =
        clusters("1", "p", "2", "p", "3", "p", "4", "q", "5", "q", "6", "q", "7", "q");

    ClusteringScores.Scores s = ClusteringScores.pairwise(predicted, GOLD);

    // predicted pairs 3 + 6 = 9, gold pairs 10 + 1 = 11, shared: {1,2,3} 3 + {4,5} 1 + {6,7} 1 = 5
    assertThat(s.precision()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(s.recall()).isCloseTo(5.0 / 11, within(1e-12));
  }

  @Test
  void pairwisePrecisionOfAllSingletonsIsOneByConvention() {
    Map<String, String> apart =
        clusters("1", "a", "2", "b", "3", "c", "4", "d", "5", "e", "6", "f", "7", "g");

    ClusteringScores.Scores s = ClusteringScores.pairwise(apart, GOLD);

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.0);
    assertThat(s.f1()).isEqualTo(0.0);
  }

  @Test
  void differentItemSetsAreRejectedNamingOne() {
    Map<String, String> predicted = clusters("1", "p", "2", "p", "9", "p");
    Map<String, String> gold = clusters("1", "A", "2", "A", "3", "A");

    assertThatThrownBy(() -> ClusteringScores.bcubed(predicted, gold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clustering scores: predicted and gold differ in 2 items, e.g. 3");
  }

  @Test
  void emptyClusteringsAreRejected() {
    assertThatThrownBy(() -> ClusteringScores.pairwise(Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clustering scores: no items");
  }

  private static Map<String, String> clusters(String... itemCluster) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < itemCluster.length; i += 2) {
      m.put(itemCluster[i], itemCluster[i + 1]);
    }
    return m;
  }
}
