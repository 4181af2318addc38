package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What clause compression may drop to keep the phrase naming the event (code review of 4711c87):
 * only the object's possessive pronoun, never adjectives, quoted words, an idiom's possessive or a
 * noun's possessive that says whose event it is.
 */
class HeadlinePossessivesTest {
  private static String headline(String sentence) {
    return ClauseCompression.headline(sentence, 70)
        .map(ClauseCompression.Compressed::text)
        .orElse("");
  }

  @Test
  void anIdiomObjectKeepsItsPossessiveAndAdjective() {
    assertThat(
            headline(
                "Robert Downey Jr. showed off his inner Iron Man at the glittering charity"
                    + " premiere."))
        .contains("his inner Iron Man");
  }

  @Test
  void wordsInsideQuotationMarksAreNeverDropped() {
    assertThat(
            headline(
                "Robert Downey Jr. showed off \"his inner Iron Man\" at the glittering charity"
                    + " premiere in London."))
        .doesNotContain("\" Iron");
  }

  @Test
  void aPossessiveBeforeOwnStays() {
    assertThat(
            headline(
                "The two opposition senators voted against their own party on Thursday in the"
                    + " leadership election."))
        .doesNotContain("against own");
  }

  @Test
  void theSubjectsAdjectivesAndTheOrdinalsStay() {
    assertThat(
            headline(
                "The ruling party of the prime minister won a third term on Sunday in the fourth"
                    + " parliamentary election."))
        .contains("prime minister");
  }

  @Test
  void theEventPhraseKeepsItsKind() {
    assertThat(
            headline(
                "Voters across the vast country cast their ballots on Sunday in the fourth"
                    + " parliamentary election."))
        .doesNotEndWith("in election");
  }

  @Test
  void aNounsPossessiveSaysWhoseEventItIs() {
    assertThat(
            headline(
                "Thousands of angry teachers and nurses marched through the capital on Saturday"
                    + " against the government's budget."))
        .doesNotContain("against budget");
    assertThat(
            headline(
                "Shareholders of the collapsed bank lost their life savings in the company's"
                    + " bankruptcy last year."))
        .doesNotContain("in bankruptcy");
  }
}
