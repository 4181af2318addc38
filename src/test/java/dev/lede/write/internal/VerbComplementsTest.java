package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline keeps what its verb requires or is not made from that clause: real sentences of the
 * development material (even-index Wikinews, the first half of FRANK's CNN/DailyMail).
 */
class VerbComplementsTest {
  /** The whole headlines of the sentence: those not marked cut, a last resort. */
  private static List<String> headlines(String sentence) {
    return ClauseCompression.candidates(sentence, 70).stream()
        .filter(c -> !c.cut())
        .map(ClauseCompression.Compressed::text)
        .toList();
  }

  @Test
  void aToInfinitiveAfterTheVerbIsKept() {
    // Wikinews #14: "Steve Jobs chooses" would not say what he chose.
    List<String> hs =
        headlines(
            "Steve Jobs, founder of Apple, has chosen to step down from his post as CEO of the"
                + " company.");
    assertThat(hs).isNotEmpty().allSatisfy(h -> assertThat(h).contains("to step down"));
  }

  @Test
  void anObjectAndItsToInfinitiveStayTogether() {
    // Wikinews #0: "European Commission forces Apple Inc." drops what Apple was forced to do.
    List<String> hs =
        headlines(
            "The European Commission has forced Apple Inc. to lower its prices for media in its"
                + " United Kingdom iTunes store, Apple's online media shop.");
    assertThat(hs).isNotEmpty().allSatisfy(h -> assertThat(h).contains("to lower"));
  }

  @Test
  void aThatClauseKeepsItsOwnVerbNotOnlyARelativeClausesVerb() {
    // FRANK dev: "Actress Julia Louis-Dreyfus reveals ultra-short hairstyle she models" was cut.
    assertThat(
            headlines(
                "Actress Julia Louis-Dreyfus has revealed that the ultra-short hairstyle she models"
                    + " in the newest season of HBO's political comedy Veep was inspired by none"
                    + " other than presidential candidate Hillary Clinton."))
        .noneSatisfy(h -> assertThat(h).endsWith("she models"))
        .allSatisfy(h -> assertThat(h).contains("inspired"));
  }

  @Test
  void anAsPhraseAfterTheObjectIsKept() {
    // FRANK dev 30fe3177: "Germans now think of themselves" leaves out as what.
    assertThat(
            headlines(
                "Germans no longer see the Second World War as a defeat and now think of"
                    + " themselves as victims of the Nazis, it has been claimed."))
        .noneSatisfy(h -> assertThat(h).endsWith("themselves"))
        .noneSatisfy(h -> assertThat(h).endsWith("Second World War"));
  }

  @Test
  void aNounPhraseIsNotCutInsideItsCoordination() {
    // Wikinews #20: "Beatles ' Apple Corps files lawsuit against computer" cut "computer and
    // electronics maker Apple Computer" after its first word.
    assertThat(
            headlines(
                "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics"
                    + " maker Apple Computer in a London court this week, the third such lawsuit"
                    + " in a long running trademark dispute between the two companies."))
        .isNotEmpty()
        .noneSatisfy(h -> assertThat(h).endsWith("against computer"));
  }

  @Test
  void aCompleteClauseStaysAHeadline() {
    // Wikinews #60: nothing required is missing, so the compression still gives its headline.
    assertThat(
            headlines(
                "The United States's largest car manufacturer General Motors today named Mary"
                    + " Barra as its new chief executive."))
        .contains("General Motors names Mary Barra as its new chief executive");
  }
}
