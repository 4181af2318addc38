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

  private static Figures.Bound boundOf(String sentence, String amount) {
    return Figures.boundBefore(sentence, sentence.indexOf(amount));
  }

  @Test
  void notLessThanFiftyIsALowerBoundAndConflictsWithFortyFive() {
    String notLess = "Not less than 50 people were killed in the blast.";
    assertThat(boundOf(notLess, "50")).isEqualTo(Figures.Bound.AT_LEAST);
    assertThat(FactText.conflicting(notLess, "45 people were killed in the blast.")).isTrue();
    String notMore = "Not more than 50 people were killed in the blast.";
    assertThat(boundOf(notMore, "50")).isEqualTo(Figures.Bound.AT_MOST);
    assertThat(FactText.conflicting(notMore, "60 people were killed in the blast.")).isTrue();
    assertThat(boundOf("not fewer than 50 people", "50")).isEqualTo(Figures.Bound.AT_LEAST);
    assertThat(boundOf("not over 50 people", "50")).isEqualTo(Figures.Bound.AT_MOST);
  }

  @Test
  void moreThanADozenIsALowerBoundThatFifteenFits() {
    String dozen = "More than a dozen people were killed in the blast.";
    assertThat(boundOf(dozen, "dozen")).isEqualTo(Figures.Bound.AT_LEAST);
    assertThat(FactText.conflicting(dozen, "15 people were killed in the blast.")).isFalse();
    assertThat(boundOf("Nearly a dozen people were hurt.", "dozen"))
        .isEqualTo(Figures.Bound.NEARLY);
    assertThat(boundOf("About a hundred people were hurt.", "hundred"))
        .isEqualTo(Figures.Bound.ABOUT);
    assertThat(boundOf("A handsome 12 points", "12")).isEqualTo(Figures.Bound.EXACT);
  }

  @Test
  void thousandsAndTwelveThousandEvacuatedMayBothBeTrue() {
    String thousands = "Thousands were evacuated as the fire spread.";
    String twelve = "12,000 people were evacuated as the fire spread.";
    assertThat(FactText.sameFigure(thousands, twelve)).isTrue();
    assertThat(FactText.conflicting(thousands, twelve)).isFalse();
    String dozens = "Dozens of people were injured in the blast.";
    assertThat(FactText.conflicting(dozens, "150 people were injured in the blast.")).isFalse();
    assertThat(FactText.conflicting(dozens, "three people were injured in the blast.")).isTrue();
  }

  @Test
  void dozensMorePeopleIsAVagueCountNotTwelveAndAgreesWithDozensOfPeople() {
    String more = "The blast killed 10 people, injuring dozens more people.";
    assertThat(Figures.in(more))
        .extracting(Figures.Figure::value, Figures.Figure::bound)
        .contains(org.assertj.core.groups.Tuple.tuple("dozens", Figures.Bound.VAGUE))
        .noneMatch(t -> t.toList().contains("12"));
    String of = "Dozens of people were injured in the blast.";
    assertThat(FactText.sameFigure(of, more)).isTrue();
    assertThat(FactText.conflicting(of, more)).isFalse();
    assertThat(Figures.in("Tens of thousands displaced by the floods waited for aid."))
        .extracting(Figures.Figure::value)
        .contains("tens of thousands")
        .doesNotContain("1000");
  }

  @Test
  void anOutletGivingABoundAndACountInsideItTellsOneValueThatConflictsWithAnothers() {
    Doc bbc =
        Doc.analyze(
            WriterInputs.on(
                "bbc",
                "BBC",
                "At least 20 people were killed in the blast in Quetta.\n\n"
                    + "24 people were killed in the blast, police said.",
                "2011-03-01"));
    Doc ap = doc("ap", "AP", "30 people were killed in the blast in Quetta.", "2011-03-01");
    assertThat(DisagreementFinder.find(List.of(bbc, ap)))
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo("number");
              assertThat(d.versions())
                  .flatExtracting(dev.lede.model.Disagreement.Version::outlets)
                  .contains("BBC", "AP");
            });
  }

  @Test
  void dozensMorePeopleIsNoCountOfTwelveThatDisagreesWithFifteen() {
    Doc ap =
        doc("ap", "AP", "Police said dozens more people were injured in the blast.", "2011-03-01");
    assertThat(ap.facts).anyMatch(f -> f.value().equals("12")); // the extractor's reading
    Doc bbc = doc("bbc", "BBC", "Police said 15 people were injured in the blast.", "2011-03-01");
    assertThat(DisagreementFinder.find(List.of(ap, bbc))).noneMatch(d -> d.kind().equals("number"));
  }
}
