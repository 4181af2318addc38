package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A separate incident of the story's kind, set apart by its sources, is not told as the story's.
 */
class SeparateIncidentsTest {
  private static List<Doc> docs;
  private static StoryEntities entities;

  private static List<Candidate> candidates(String... texts) {
    docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, texts[i])));
    }
    entities = new StoryEntities(docs);
    return Scoring.candidates(docs, entities, false);
  }

  private static Candidate find(List<Candidate> cands, String start) {
    return cands.stream().filter(c -> c.text.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void anotherClimbersDeathTheSourcesSetApartIsToldNeitherByNameNorByAge() {
    List<Candidate> cands =
        candidates(
            "Robert Buckley, 32, died while climbing to a hut on Mount Sefton on Saturday."
                + " Mr Buckley, originally from Essex, lived in New Zealand.",
            "The day before Buckley's death another climber, 36-year-old Duncan Rait, died after"
                + " falling from a ridge in the same national park. Duncan Rait was with a group of"
                + " ski mountaineers near the Tasman Saddle Hut, police said.",
            "A 36-year-old Australian climber is dead after falling about 150 metres at Mount"
                + " Cook. Rescuers found Duncan Rait and Robert Buckley on separate ridges.");
    List<Candidate> lede = List.of(find(cands, "Robert Buckley, 32"));
    SeparateIncidents separate = SeparateIncidents.of(docs, lede, entities);
    assertThat(separate.tellsAnother(find(cands, "Duncan Rait was with"))).isTrue();
    assertThat(separate.tellsAnother(find(cands, "A 36-year-old Australian"))).isTrue();
    assertThat(separate.tellsAnother(find(cands, "Mr Buckley, originally")))
        .as("the opening's own climber")
        .isFalse();
    assertThat(separate.tellsAnother(find(cands, "Rescuers found")))
        .as("a sentence naming the opening's climber too stays")
        .isFalse();
  }

  @Test
  void aVictimOfAnotherAgeIsTheStorysOwnWhenNoSourceSetsAnIncidentApart() {
    List<Candidate> cands =
        candidates(
            "Anthony LaSalle, 36, hit a woman in the parking lot of a store on Wednesday night.",
            // A sentence between: right after the naming one, the Trimmer writes "The 66-year-old"
            // as her name, and the age would no longer be read.
            "LuAnn Johnson, 66, died at the scene, police said. Officers closed the lot for the"
                + " night. The 66-year-old had been shopping with her husband.");
    List<Candidate> lede = List.of(find(cands, "Anthony LaSalle"));
    SeparateIncidents separate = SeparateIncidents.of(docs, lede, entities);
    assertThat(separate.tellsAnother(find(cands, "LuAnn Johnson, 66"))).isFalse();
    assertThat(separate.tellsAnother(find(cands, "The 66-year-old"))).isFalse();
  }

  @Test
  void whatASourceGoesOnToSayAboutTheOtherIncidentIsLeftWithIt() {
    List<Candidate> cands =
        candidates(
            "Robert Buckley, 32, died while climbing to a hut on Mount Sefton on Saturday."
                + " Rescue personnel were not able to reach Buckley or his three companions on"
                + " Saturday, police said.",
            "Two men have died in separate climbing accidents at Mt Cook this weekend. The day"
                + " before Buckley's death another climber, 36-year-old Duncan Rait, died after"
                + " falling from a ridge in the same national park. His brother witnessed the fall"
                + " and spent the night in a hut. The victim was still alive when rescuers reached"
                + " him, a helicopter pilot said. Mr Buckley was an inexperienced climber, police"
                + " said. The rescue team took his companions to hospital.");
    List<Candidate> lede = List.of(find(cands, "Robert Buckley, 32"));
    SeparateIncidents separate = SeparateIncidents.of(docs, lede, entities);
    assertThat(separate.tellsAnother(find(cands, "His brother witnessed"))).isTrue();
    assertThat(separate.tellsAnother(find(cands, "The victim was still alive")))
        .as("the victim of the sentences before it")
        .isTrue();
    assertThat(separate.tellsAnother(find(cands, "Two men have died")))
        .as("both incidents at once")
        .isTrue();
    assertThat(separate.tellsAnother(find(cands, "Mr Buckley was")))
        .as("the source turns back to the opening's climber")
        .isFalse();
    assertThat(separate.tellsAnother(find(cands, "The rescue team took")))
        .as("and goes on about him")
        .isFalse();
    assertThat(separate.tellsAnother(find(cands, "Rescue personnel were not able")))
        .as("the opening's own rescue")
        .isFalse();
  }

  @Test
  void sentencesCountingTwoDeathsStayWhenNoSourceSetsAnotherIncidentApart() {
    List<Candidate> cands =
        candidates(
            "A bomb killed two officers, aged 32 and 51, at a bank on Friday.",
            "The two deaths shook the town, the mayor said.");
    List<Candidate> lede = List.of(find(cands, "A bomb killed"));
    SeparateIncidents separate = SeparateIncidents.of(docs, lede, entities);
    assertThat(separate.tellsAnother(find(cands, "The two deaths"))).isFalse();
  }
}
