package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No sentence about another quake, shooting or patch than the story's own. */
class OtherInstancesTest {
  private static List<Candidate> candidates(String... texts) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, texts[i])));
    }
    entities = new StoryEntities(docs);
    return Scoring.candidates(docs, entities, false);
  }

  private static StoryEntities entities;

  private static Candidate find(List<Candidate> cands, String start) {
    return cands.stream().filter(c -> c.text.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void anEarlierQuakeWithAnotherMagnitudeIsAnotherEvent() {
    List<Candidate> cands =
        candidates(
            "A strong 5.6-magnitude earthquake jolted part of Qeshm island in the Gulf on Sunday.",
            "A powerful quake with a magnitude of 6.1 struck southern Iran in September near the"
                + " port city of Bandar Abbas, on the mainland near Qeshm island.",
            "The quake damaged houses in two villages on Qeshm island, the governor said.");
    List<Candidate> lede = List.of(find(cands, "A strong 5.6"));
    assertThat(
            OtherInstances.another(
                find(cands, "A powerful quake"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.another(
                find(cands, "The quake damaged"), lede, entities, Optional.empty()))
        .as("this quake's damage: no earlier time")
        .isFalse();
  }

  @Test
  void anotherPersonsEarlierShootingIsAnotherEventButTheStorysOwnPersonsPastStays() {
    List<Candidate> cands =
        candidates(
            "Yvonne Hiller shot and killed two co-workers at a Kraft plant in Philadelphia.",
            "Earlier this year, Amy Bishop was charged with murder in a campus shooting in"
                + " Alabama.",
            "Yvonne Hiller had previously been involved in a shooting at another plant, police"
                + " said.",
            "In 2009, she was suspended after a shooting threat, colleagues said.");
    List<Candidate> lede = List.of(find(cands, "Yvonne Hiller shot"));
    assertThat(
            OtherInstances.another(
                find(cands, "Earlier this year"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.another(
                find(cands, "Yvonne Hiller had previously"), lede, entities, Optional.empty()))
        .as("the lede's own person")
        .isFalse();
    assertThat(
            OtherInstances.another(find(cands, "In 2009, she"), lede, entities, Optional.empty()))
        .as("refers back to the lede's person")
        .isFalse();
  }

  @Test
  void theStorysOwnMonthIsNoEarlierTime() {
    assertThat(OtherInstances.earlier("The quake struck in September.", Optional.empty())).isTrue();
    assertThat(
            OtherInstances.earlier(
                "The quake struck in September.", Optional.of(LocalDate.of(2008, 9, 28))))
        .isFalse();
    assertThat(OtherInstances.earlier("Aftershocks followed on Monday.", Optional.empty()))
        .isFalse();
  }
}
