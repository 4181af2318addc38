package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source writer's guess is no news; a modal in a clause, after a speaker or a fact is kept. */
class SpeculationTest {
  /** ECB+ dev topics 2 and 10 (2_8ecb, 10_5ecb, 10_8ecb; ECB+ corpus, CC BY 3.0). */
  @Test
  void aMainClauseTurningOnWouldCouldOrMightWithNoSpeakerIsAGuess() {
    assertThat(
            Speculation.guess(
                "In this scenario, the Angels would have the luxury of dealing Peavy to the San"
                    + " Diego Padres for a package of prospects."))
        .isTrue();
    assertThat(
            Speculation.guess(
                "If accepted, this would certainly be the largest contract in the Angels history."))
        .isTrue();
    assertThat(
            Speculation.guess(
                "While Jackman has a certain composed air about him and oozes class he could"
                    + " benefit from a spectacular entrance like Whoopi Goldberg's in 1999."))
        .isTrue();
  }

  /** ECB+ dev topics 19, 3 and 23 (19_1ecbplus, 3_2ecb; ECB+ corpus, CC BY 3.0). */
  @Test
  void aModalInAClauseAfterASpeakerOrTellingAFactIsNoGuess() {
    assertThat(
            Speculation.guess(
                "The night began with hope that Gray's mother would speak at a vigil, but the night"
                    + " turned when about 30 young men showed up."))
        .as("in a clause")
        .isFalse();
    assertThat(
            Speculation.guess(
                "Officials warned the death toll could rise as rescuers reach remote villages."))
        .as("a speaker")
        .isFalse();
    assertThat(Speculation.guess("The climber could not be reached by rescuers on Saturday."))
        .as("a denial")
        .isFalse();
    assertThat(
            Speculation.guess(
                "Rescuers could see the climber from the helicopter but low light kept them"
                    + " away."))
        .as("what someone could see")
        .isFalse();
    assertThat(
            Speculation.guess(
                "The Angels made an eight-year offer to Mark Teixeira during the winter meetings."))
        .isFalse();
  }
}
