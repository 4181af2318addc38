package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No body sentence refers to something the story has not told before it. */
class ReferencesTest {
  private static int ids;

  private static Candidate candidate(String outlet, String text) {
    Doc d = Doc.analyze(WriterInput.of("r" + ids++, outlet, text));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  private static List<Candidate> kept(Candidate lede, Candidate... body) {
    List<Candidate> out = new ArrayList<>(List.of(body));
    List<Doc> docs = new ArrayList<>();
    docs.add(lede.doc);
    out.forEach(c -> docs.add(c.doc));
    SectionLayout.dropUnreferenced(List.of(lede), out, "Athens bank", Chronology.of(docs), 0);
    return out;
  }

  @Test
  void aThingNeverToldBeforeCannotOpenASentenceButPeopleNamesAndTheEventCan() {
    Candidate lede =
        candidate(
            "ap",
            "A fire-bomb attack on a bank in Athens left three people dead as protesters fought"
                + " police over spending cuts.");
    Candidate loans =
        candidate(
            "fox",
            "The loans are aimed at preventing Athens' debt troubles from becoming a crisis.");
    Candidate victims =
        candidate("bbc", "The victims were trapped on the upper floor of the branch, police said.");
    Candidate fire =
        candidate("sky", "The fire service reached the branch within minutes, officials said.");
    Candidate named =
        candidate("cnn", "The Marfin Bank branch had stayed open despite the general strike.");
    assertThat(kept(lede, loans, victims, fire, named)).containsExactly(victims, fire, named);
  }

  @Test
  void aThingTheStoryToldEarlierMayOpenASentence() {
    Candidate lede =
        candidate("ap", "Greece agreed loans worth 110 billion euros with its partners on Sunday.");
    Candidate loans =
        candidate(
            "fox",
            "The loans are aimed at preventing Athens' debt troubles from becoming a crisis.");
    assertThat(kept(lede, loans)).containsExactly(loans);
  }

  @Test
  void itSaidNeedsItsSourceRightBeforeIt() {
    Candidate lede =
        candidate(
            "ap", "A convicted sex offender escaped from two guards during a prison transfer.");
    Doc two =
        Doc.analyze(
            WriterInput.of(
                "r" + ids++,
                "wibw",
                "The prison agency said the inmate was armed. He fled on foot near Baytown,"
                    + " Texas, about 25 miles east of Houston, it said."));
    StoryEntities entities = new StoryEntities(List.of(two));
    Candidate agency = Scoring.candidate(two, 0, two.strictDraft(0).orElseThrow(), entities);
    Candidate itSaid = Scoring.candidate(two, 1, two.strictDraft(1).orElseThrow(), entities);
    Candidate other = candidate("abc", "Guards searched the woods near the highway overnight.");
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), agency)).isFalse();
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), other)).isTrue();
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), lede)).isTrue();
  }
}
