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
  void aConditionalOrNegatedFutureHasNoHeadlineForm() {
    assertThat(HeadlineVerbs.headlineTense(List.of("would", "go"), List.of("MD", "VB"), true))
        .isEmpty();
    assertThat(
            HeadlineVerbs.headlineTense(
                List.of("will", "not", "run"), List.of("MD", "RB", "VB"), true))
        .isEmpty();
  }

  @Test
  void reportingVerbsAreKnownInAnyForm() {
    assertThat(HeadlineVerbs.reporting("said")).isTrue();
    assertThat(HeadlineVerbs.reporting("told")).isTrue();
    assertThat(HeadlineVerbs.reporting("announced")).isTrue();
    assertThat(HeadlineVerbs.reporting("filed")).isFalse();
  }
}
