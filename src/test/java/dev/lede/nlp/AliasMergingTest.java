package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasMergingTest {
  @Test
  void goldSetHasFortyToEightyHandCheckedPairs() {
    AliasGold.Result r = AliasGold.evaluate();
    assertThat(r.pairs()).hasSizeBetween(40, 80);
    assertThat(r.pairs()).anyMatch(AliasGold.Pair::same).anyMatch(p -> !p.same());
  }

  @Test
  void aliasMergingKeepsPrecisionAndRecallOnTheGoldSet() {
    AliasGold.Result r = AliasGold.evaluate();
    // Regression floor below the measured figures (P 1.00, R 0.91 when written).
    assertThat(r.precision()).as("precision, errors: %s", r.errors()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).as("recall, errors: %s", r.errors()).isGreaterThanOrEqualTo(0.85);
  }
}
