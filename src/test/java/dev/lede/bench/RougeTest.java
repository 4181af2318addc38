package dev.lede.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void tokensAreLowerCasedLetterAndDigitRuns() {
    assertThat(Rouge.tokens("Locke's 39-year-old TEAM"))
        .containsExactly("locke", "s", "39", "year", "old", "team");
  }

  @Test
  void rougeOneClipsRepeatedWords() {
    // candidate "the the the cat" vs reference "the cat sat": overlap the(1) + cat(1) = 2
    Rouge.Score s = Rouge.rougeN("the the the cat", "the cat sat", 1);
    assertThat(s.precision()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-9));
  }

  @Test
  void rougeTwoCountsBigrams() {
    Rouge.Score s = Rouge.rougeN("police arrested the man", "the man was arrested by police", 2);
    assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9)); // "the man"
    assertThat(s.recall()).isCloseTo(1.0 / 5, within(1e-9));
  }

  @Test
  void rougeLUsesTheLongestCommonSubsequence() {
    assertThat(Rouge.lcs(Rouge.tokens("a b c d e"), Rouge.tokens("a x c y e"))).isEqualTo(3);
    assertThat(Rouge.rougeL("", "a b").f()).isZero();
  }
}
