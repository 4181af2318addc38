package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Figures of another instance stay out of a story's figures: win-loss records of different spans
 * are not reconciled as one figure and a story keeps one record per holder, and an article that
 * tells two quakes gives no version of the story's quake.
 */
class OneRecordAndOneInstanceTest {
  private static int ids;

  private static WriterInput input(String outlet, String text, String day) {
    return new WriterInput(
        "r" + ids++,
        Optional.empty(),
        text,
        outlet,
        Optional.empty(),
        Optional.of(Instant.parse(day + "T10:00:00Z")));
  }

  private static Candidate candidate(WriterInput in) {
    Doc d = Doc.analyze(in);
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  @Test
  void recordsOfDifferentSpansAreNotReconciledAsOneFigure() {
    WriterInput a =
        input("AP", "The Sixers are just 9-14 this season.\n\nFans booed.", "2008-12-13");
    WriterInput b =
        input(
            "ESPN",
            "The Sixers are 2-8 this season after three losses.\n\nFans left.",
            "2008-12-13");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    assertThat(Figures.in("The Sixers are just 9-14 this season.")).hasSize(1);
    assertThat(
            Reconciler.reconcile(
                docs, Chronology.of(docs), GroundingChecker.forInputs(List.of(a, b))))
        .isEmpty();
  }

  @Test
  void aStoryKeepsTheFirstRecordOfEachHolderAndDropsAnother() {
    Candidate lede =
        candidate(
            input(
                "AP",
                "The 76ers fired coach Maurice Cheeks with the Sixers at 9-14.",
                "2008-12-13"));
    Candidate same =
        candidate(input("CBS", "Philadelphia's Sixers are 9-14 this season.", "2008-12-13"));
    Candidate other =
        candidate(input("ESPN", "The Sixers are just 2-8 in their last ten games.", "2008-12-13"));
    Candidate unrelated =
        candidate(
            input(
                "NBC", "Tony DiLeo will coach the team for the rest of the season.", "2008-12-13"));
    List<Candidate> ledes = new ArrayList<>(List.of(lede));
    List<Candidate> body = new ArrayList<>(List.of(same, other, unrelated));
    Redundancy.oneRecordEach(ledes, body);
    assertThat(ledes).containsExactly(lede);
    assertThat(body).containsExactly(same, unrelated);
  }

  @Test
  void anArticleTellingTwoQuakesGivesNoVersionOfTheStorysFigures() {
    WriterInput a =
        input(
            "AFP",
            "A magnitude 5.6 earthquake hit the island on Sunday, injuring five people.\n\n"
                + "Relief teams were sent.",
            "2008-09-10");
    WriterInput b =
        input(
            "ISNA",
            "A magnitude 5.2 earthquake has injured three people on the island.\n\n"
                + "Earlier on Sunday a magnitude 5.6 earthquake jolted the island.",
            "2008-09-10");
    WriterInput c =
        input(
            "Reuters",
            "A magnitude 5.6 earthquake struck the island on Sunday, injuring two people.\n\n"
                + "Houses were damaged.",
            "2008-09-10");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b), Doc.analyze(c));
    List<Reconciler.Reconciled> r =
        Reconciler.reconcile(
            docs, Chronology.of(docs), GroundingChecker.forInputs(List.of(a, b, c)));
    assertThat(r).isNotEmpty();
    for (Reconciler.Reconciled x : r) {
      assertThat(x.sentence().text()).doesNotContain("5.2").doesNotContain("three people");
      assertThat(x.values()).doesNotContain("5.2", "3");
    }
    assertThat(r.get(0).sentence().text()).contains("AFP").contains("Reuters");
  }

  @Test
  void aMagnitudeIsOneQuantityHoweverItIsWritten() {
    for (String s :
        List.of(
            "A strong 5.6 -magnitude earthquake jolted part of Qeshm island on Sunday.",
            "Iran's state television says a magnitude-5.2 quake has injured three people.",
            "A 4.4 quake shook the town.",
            "The tremor, measuring 6.1 on the Richter scale, hit at dawn.")) {
      assertThat(Figures.in(s)).filteredOn(f -> f.key().equals(Figures.MAGNITUDE)).as(s).hasSize(1);
    }
    assertThat(Figures.in("A 5.6 -magnitude earthquake killed 11 people."))
        .extracting(Figures.Figure::value)
        .containsExactlyInAnyOrder("5.6", "11");
  }
}
