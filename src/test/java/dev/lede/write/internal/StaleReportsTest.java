package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.lang.WordLists;
import dev.lede.write.WriterInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A first report's "not immediately known" is stale below a later day's news (dev ECB+ 18_ecbplus,
 * flagged in dev round 17: "stale 'conditions not known' material follows Wednesday's arraignment";
 * ECB+ corpus, CC BY 3.0).
 */
class StaleReportsTest {
  private static Candidate candidate(String id, String day, String text) {
    Doc d =
        Doc.analyze(
            new WriterInput(
                id,
                Optional.empty(),
                text,
                id + ".com",
                Optional.empty(),
                Optional.of(Instant.parse(day + "T12:00:00Z"))));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  private static List<Candidate> kept(Candidate... all) {
    Chronology chron = Chronology.of(List.of(all).stream().map(c -> c.doc).toList());
    List<Candidate> body = new ArrayList<>(List.of(all));
    chron.dropStale(body, 0);
    return body;
  }

  @Test
  void anEarlierDaysNotYetKnownIsLeftOutBelowALaterDaysNews() {
    Candidate arraigned =
        candidate(
            "usatoday",
            "2007-04-11",
            "A fired accountant accused of killing a receptionist was arraigned Wednesday on"
                + " murder charges.");
    Candidate conditions =
        candidate(
            "yahoo",
            "2007-04-09",
            "The victims' conditions weren't immediately known, said Troy police Lt. Gerry"
                + " Scherlinck.");
    Candidate hospital =
        candidate(
            "yahoo2",
            "2007-04-09",
            "A hospital spokeswoman said the three victims were taken to the hospital but could"
                + " not provide more details.");
    Candidate chase =
        candidate(
            "cnn",
            "2007-04-09",
            "The suspect was arrested after a chase along Interstate 75 in Genesee County.");
    assertThat(kept(arraigned, conditions, hospital, chase)).containsExactly(arraigned, chase);
  }

  @Test
  void onTheDayItselfOrInQuotationMarksItStays() {
    Candidate conditions =
        candidate(
            "yahoo",
            "2007-04-09",
            "The victims' conditions weren't immediately known, said Troy police Lt. Gerry"
                + " Scherlinck.");
    Candidate chase =
        candidate(
            "cnn",
            "2007-04-09",
            "The suspect was arrested after a chase along Interstate 75 in Genesee County.");
    assertThat(kept(conditions, chase)).containsExactly(conditions, chase);
    Candidate later =
        candidate("ap", "2007-04-11", "The accountant was arraigned Wednesday on murder charges.");
    Candidate quoted =
        candidate(
            "wxyz",
            "2007-04-09",
            "\"The motive was not immediately clear to us,\" the police chief told reporters.");
    assertThat(kept(later, quoted)).containsExactly(later, quoted);
  }

  @Test
  void whatWasNotYetKnownIsReadFromTheWordListInEachOfItsThreePhrasings() {
    Map<String, Set<String>> words = WordLists.sections(Chronology.class, "not-yet-known.txt");
    for (String w : words.get("not-immediately")) {
      assertThat(Chronology.notYetKnown("The names weren't immediately " + w + ", police said."))
          .as(w)
          .isTrue();
      assertThat(Chronology.notYetKnown("The cause was not immediately " + w + ".")).as(w).isTrue();
    }
    for (String w : words.get("could-not")) {
      assertThat(Chronology.notYetKnown("The hospital could not " + w + " details."))
          .as(w)
          .isTrue();
      for (String d : words.get("details-words")) {
        assertThat(
                Chronology.notYetKnown("Police could not immediately " + w + " " + d + " details."))
            .as(w + " " + d)
            .isTrue();
      }
    }
    for (String w : words.get("no-details-were")) {
      assertThat(Chronology.notYetKnown("No further details were " + w + " on Monday."))
          .as(w)
          .isTrue();
      assertThat(Chronology.notYetKnown("No details have been immediately " + w + "."))
          .as(w)
          .isTrue();
    }
    assertThat(Chronology.notYetKnown("The gunman was known to police.")).isFalse();
    assertThat(Chronology.notYetKnown("Police released more details on Tuesday.")).isFalse();
    assertThat(Chronology.notYetKnown("\"No details were released,\" she said.")).isFalse();
  }
}
