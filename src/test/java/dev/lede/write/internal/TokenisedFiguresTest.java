package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An amount a tokenised source spaces ("2, 000ft", "6. 1") is the amount another source writes
 * joined: the two sentences tell one fact (ECB+ dev 23_ecbplus told the climber's 2,000ft fall
 * twice, "fallen 2, 000ft" and "fell around 2000ft").
 */
class TokenisedFiguresTest {
  @Test
  void aSpacedAmountIsTheAmountAnotherSourceWritesJoined() {
    assertThat(
            FactSignature.of("A British climber has fallen 2, 000ft to his death, police said.")
                .amounts())
        .isNotEmpty()
        .isEqualTo(
            FactSignature.of("Inspector Dave Gaskin said the man fell around 2000ft.").amounts());
    assertThat(FactSignature.of("The quake measured 6. 1 on the Richter scale.").amounts())
        .isEqualTo(FactSignature.of("The quake measured 6.1 on the Richter scale.").amounts());
  }
}
