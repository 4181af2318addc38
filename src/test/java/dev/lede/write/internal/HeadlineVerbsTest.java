package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineVerbsTest {
  @Test
  void regularAndIrregularPastFormsGiveTheirBaseForm() {
    assertThat(HeadlineVerbs.lemma("filed")).isEqualTo("file");
    assertThat(HeadlineVerbs.lemma("walked")).isEqualTo("walk");
    assertThat(HeadlineVerbs.lemma("stopped")).isEqualTo("stop");
    assertThat(HeadlineVerbs.lemma("carried")).isEqualTo("carry");
    assertThat(HeadlineVerbs.lemma("agreed")).isEqualTo("agree");
    assertThat(HeadlineVerbs.lemma("went")).isEqualTo("go");
    assertThat(HeadlineVerbs.lemma("struck")).isEqualTo("strike");
  }

  @Test
  void thePresentAgreesWithTheSubject() {
    assertThat(HeadlineVerbs.present("file", true)).isEqualTo("files");
    assertThat(HeadlineVerbs.present("file", false)).isEqualTo("file");
    assertThat(HeadlineVerbs.present("carry", true)).isEqualTo("carries");
    assertThat(HeadlineVerbs.present("reach", true)).isEqualTo("reaches");
    assertThat(HeadlineVerbs.present("be", false)).isEqualTo("are");
  }

  @Test
  void pastAndPerfectBecomePresentFutureTakesToPassiveLosesItsAuxiliary() {
    assertThat(HeadlineVerbs.headlineTense(List.of("filed"), List.of("VBD"), true))
        .contains(List.of("files"));
    assertThat(HeadlineVerbs.headlineTense(List.of("has", "filed"), List.of("VBZ", "VBN"), true))
        .contains(List.of("files"));
    assertThat(HeadlineVerbs.headlineTense(List.of("will", "visit"), List.of("MD", "VB"), true))
        .contains(List.of("to", "visit"));
    assertThat(HeadlineVerbs.headlineTense(List.of("was", "arrested"), List.of("VBD", "VBN"), true))
        .contains(List.of("arrested"));
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("have", "been", "killed"), List.of("VBP", "VBN", "VBN"), false))
        .contains(List.of("killed"));
  }

  @Test
  void aPastOrPerfectProgressiveBecomesThePresentNotABareParticiple() {
    // Dev FRANK: "Whole host of stars wearing body jewellery" (judged a fragment) and "Former
    // England captain making beeline" (a caption's fragment, like "Tindall beaming from ...").
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("have", "been", "wearing"), List.of("VBP", "VBN", "VBG"), false))
        .contains(List.of("wear"));
    assertThat(HeadlineVerbs.headlineTense(List.of("was", "making"), List.of("VBD", "VBG"), true))
        .contains(List.of("makes"));
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("has", "been", "quietly", "making"),
                List.of("VBZ", "VBN", "RB", "VBG"),
                true))
        .contains(List.of("quietly", "makes"));
    // The present progressive is headline style as it is: "is planning" -> "planning".
    assertThat(HeadlineVerbs.headlineTense(List.of("is", "planning"), List.of("VBZ", "VBG"), true))
        .contains(List.of("planning"));
  }

  @Test
  void aConditionalOrNegatedFutureHasNoHeadlineForm() {
    assertThat(HeadlineVerbs.headlineTense(List.of("would", "go"), List.of("MD", "VB"), true))
        .isEmpty();
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("will", "not", "run"), List.of("MD", "RB", "VB"), true))
        .isEmpty();
  }

  @Test
  void aVerbOfDenialIsAnEventInItsOwnRightNotANegation() {
    // "Greece has denied it will fail to pay ..." -> "Greece denies ...", not "has denied".
    assertThat(HeadlineVerbs.headlineTense(List.of("has", "denied"), List.of("VBZ", "VBN"), true))
        .contains(List.of("denies"));
    assertThat(HeadlineVerbs.headlineTense(List.of("will", "deny"), List.of("MD", "VB"), true))
        .contains(List.of("to", "deny"));
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("has", "not", "paid"), List.of("VBZ", "RB", "VBN"), true))
        .contains(List.of("has", "not", "paid"));
  }

  @Test
  void aPassiveProgressiveLosesBothAuxiliaries() {
    // "Mila Kunis is being sued by ..." -> "Mila Kunis sued by ...".
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("is", "being", "sued"), List.of("VBZ", "VBG", "VBN"), true))
        .contains(List.of("sued"));
    assertThat(HeadlineVerbs.headlineTense(List.of("is", "planning"), List.of("VBZ", "VBG"), true))
        .contains(List.of("planning"));
  }

  @Test
  void anUnknownVerbEndingInAnUnstressedSyllableTakesNoSilentE() {
    assertThat(HeadlineVerbs.lemma("sauntered")).isEqualTo("saunter");
    assertThat(HeadlineVerbs.lemma("probed")).isEqualTo("probe");
    assertThat(HeadlineVerbs.present(HeadlineVerbs.lemma("sauntered"), true)).isEqualTo("saunters");
  }

  @Test
  void reportingVerbsAreKnownInAnyForm() {
    assertThat(HeadlineVerbs.reporting("said")).isTrue();
    assertThat(HeadlineVerbs.reporting("told")).isTrue();
    assertThat(HeadlineVerbs.reporting("announced")).isTrue();
    assertThat(HeadlineVerbs.reporting("filed")).isFalse();
  }
}
