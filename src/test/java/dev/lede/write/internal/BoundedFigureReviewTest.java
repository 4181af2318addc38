package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounded and vague figures read as ranges (review of f6e20c0): a bound never hides a conflict
 * between two exact counts, a negated bound is read the right way round, and a vague count is read
 * as vague wherever it stands.
 */
class BoundedFigureReviewTest {
  private static Doc doc(String id, String outlet, String text, String day) {
    return Doc.analyze(
        WriterInputs.on(id, outlet, text + "\n\nRescuers searched the rubble.", day));
  }

  private static List<Reconciler.Reconciled> reconcile(List<Doc> docs) {
    List<WriterInput> ins = docs.stream().map(d -> d.input).toList();
    return Reconciler.reconcile(docs, Chronology.of(docs), GroundingChecker.forInputs(ins));
  }

  @Test
  void aBoundStandingForAValueNeverHidesTheConflictOfTwoExactCounts() {
    List<Doc> docs =
        List.of(
            doc(
                "bbc",
                "BBC",
                "At least 24 people were killed in the blast, police said.",
                "2021-09-28"),
            doc("ap", "AP", "24 people were killed in the blast.", "2021-09-28"),
            doc("reuters", "Reuters", "30 people were killed in the blast.", "2021-09-28"));
    assertThat(reconcile(docs))
        .singleElement()
        .satisfies(r -> assertThat(r.values()).contains("24", "30"))
        .extracting(r -> r.sentence().text())
        .asString()
        .contains("24 people were killed", "30 people were killed")
        .doesNotContain("at least 24");
  }

  @Test
  void aGroupOfOneDayIsStoodForByItsExactCountNotALaterLowerBound() {
    List<Doc> docs =
        List.of(
            doc("bbc", "BBC", "11 people were killed in the blast.", "2021-09-27"),
            doc("ap", "AP", "24 people were killed in the blast.", "2021-09-28"),
            doc(
                "reuters",
                "Reuters",
                "At least 20 people were killed in the blast.",
                "2021-09-28"));
    assertThat(reconcile(docs))
        .singleElement()
        .satisfies(r -> assertThat(r.latest()).isEqualTo("24"))
        .extracting(r -> r.sentence().text())
        .asString()
        .contains("11 people were killed", "24 people were killed");
  }

  private static int ids;

  private static Candidate candidate(String outlet, String text, String day) {
    Doc d = Doc.analyze(WriterInputs.on("c" + ids++, outlet, text, day));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  @Test
  void aCompatibleTollBesideAConflictingInjuredCountIsNoOneFact() {
    Candidate bbc =
        candidate(
            "BBC",
            "At least 11 people were killed and 30 injured when the quake struck.",
            "2021-09-27");
    Candidate ap =
        candidate("AP", "24 people were killed and 50 injured in the quake.", "2021-09-28");
    assertThat(Restatements.sameFact(bbc, ap)).isFalse();
    assertThat(Restatements.sameFact(ap, bbc)).isFalse();
  }
}
