package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What counts as two versions of one figure, and how the versions are told: a sum measured against
 * another is no version of it, a coach's two career records are, and a version its outlet had from
 * someone else is attributed once.
 */
class ReconcilerTest {
  @Test
  void aSumMeasuredAgainstAnotherIsNoVersionOfIt() {
    assertThat(
            Figures.in(
                "If accepted, this would be the largest contract in Angels history, dwarfing the"
                    + " four-year, $90 million deal."))
        .isEmpty();
    assertThat(Figures.in("The Angels offered Teixeira a four-year, $90 million deal.")).hasSize(1);
  }

  @Test
  void twoCareerRecordsOfOneCoachAreOneQuantityAndAGameScoreIsNone() {
    List<Figures.Figure> a =
        Figures.in("A fixture of the club, Cheeks is 122-147 in three-plus seasons as coach.");
    List<Figures.Figure> b =
        Figures.in("Cheeks compiled a 162-139 record in three-plus seasons as head coach.");
    assertThat(a).hasSize(1);
    assertThat(b).hasSize(1);
    assertThat(a.get(0).key()).isEqualTo(b.get(0).key()).startsWith("RECORD|cheeks");
    assertThat(a.get(0).value()).isEqualTo("122-147");
    assertThat(b.get(0).value()).isEqualTo("162-139");
    assertThat(Figures.in("Cheeks lost his job after an 88-72 road loss to the Cavaliers."))
        .isEmpty();
    assertThat(Figures.in("Bush was hurt last Thursday in a 27-24 loss to Chicago.")).isEmpty();
    assertThat(Figures.in("Nobody linked the shooting to the anniversary of the 9 - 11 attacks."))
        .isEmpty();
  }

  @Test
  void aVersionItsOutletHadFromSomeoneElseIsAttributedOnce() {
    assertThat(
            Reconciler.withoutOwnAttribution(
                "According to the student ISNA news agency, the quake injured two people"))
        .isEqualTo("the quake injured two people");
    assertThat(
            Reconciler.withoutOwnAttribution(
                "Iran's state television says a magnitude-5.2 quake has injured three people"))
        .isEqualTo("a magnitude-5.2 quake has injured three people");
    assertThat(Reconciler.withoutOwnAttribution("Officials said 11 people were killed"))
        .isEqualTo("Officials said 11 people were killed");

    WriterInput a =
        WriterInputs.on(
            "a",
            "Reuters",
            "According to the student ISNA news agency, the quake on the island injured two"
                + " people.\n\nRelief teams were sent.",
            "2008-11-27");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AFP",
            "The quake on the island injured five people, officials said on Monday.\n\n"
                + "Tents were ready.",
            "2008-11-28");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    List<Reconciler.Reconciled> r = Reconciler.reconcile(docs, Chronology.of(docs), checker);
    assertThat(r).hasSize(1);
    WrittenSentence s = r.get(0).sentence();
    assertThat(s.text())
        .startsWith("Reuters reported on 27 November that the quake on the island injured two")
        .doesNotContain("that according to")
        .contains("AFP reported on 28 November");
    assertThat(checker.supports(s)).isTrue();
  }

  @Test
  void aTollOfAQuakeElsewhereIsNoVersionOfTheStorysAndAVersionIsQuotedFromItsFirstWord() {
    assertThat(
            Figures.in("On Saturday, more than a dozen people were killed by a quake in China.")
                .get(0))
        .extracting(f -> "On Saturday, more than a dozen people were killed".substring(f.start()))
        .isEqualTo("more than a dozen people were killed");
    WriterInput a =
        WriterInputs.on(
            "a",
            "BBC",
            "A powerful earthquake hit southern Iran, killing at least 10 people.\n\n"
                + "Qeshm island was hit hardest.",
            "2005-11-27");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AP",
            "An earthquake in southern Iran killed at least three people on Qeshm island.\n\n"
                + "Villages were destroyed.",
            "2005-11-28");
    WriterInput c =
        WriterInputs.on(
            "c",
            "CBC",
            "On Saturday, more than a dozen people were killed by a quake in eastern China.\n\n"
                + "Rescuers searched the rubble.",
            "2005-11-28");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b), Doc.analyze(c));
    StoryEntities entities = new StoryEntities(docs);
    java.util.Set<String> core = java.util.Set.of("iran", "qeshm");
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b, c));
    List<Reconciler.Reconciled> r =
        Reconciler.reconcile(
            docs,
            Chronology.of(docs),
            checker,
            t -> OtherInstances.onlyOtherPlaces(t, entities, core));
    assertThat(r).hasSize(1);
    assertThat(r.get(0).sentence().text())
        .contains("at least 10 people")
        .contains("at least three people")
        .doesNotContain("dozen");
  }

  @Test
  void aCountThatBorrowsItsVerbFromTheClauseBeforeIsQuotedFromTheSentencesStart() {
    String s =
        "The governor told the AFP news agency four villages had been destroyed and three people"
            + " killed.";
    Figures.Figure f =
        Figures.in(s).stream().filter(x -> x.key().endsWith("killed")).findFirst().orElseThrow();
    assertThat(s.substring(f.start(), f.end()))
        .isEqualTo(
            "The governor told the AFP news agency four villages had been destroyed and three"
                + " people killed");
    String own = "On Saturday, more than a dozen people were killed by a quake.";
    Figures.Figure g = Figures.in(own).get(0);
    assertThat(own.substring(g.start(), g.end())).isEqualTo("more than a dozen people were killed");
  }

  @Test
  void aVersionTheLedeAlreadyTellsIsQuotedFromAnotherSentenceThatGivesIt() {
    String lede =
        "A powerful earthquake hit southern Iran on Sunday, destroying seven villages and killing"
            + " 10 people.";
    WriterInput a = WriterInputs.on("a", "NYT", lede + "\n\nRescuers arrived.", "2005-11-28");
    WriterInput b =
        WriterInputs.on(
            "b",
            "LA Times",
            "Ten people were killed on the island.\n\nVillages were razed.",
            "2005-11-28");
    WriterInput c =
        WriterInputs.on(
            "c",
            "DU",
            "A powerful earthquake has hit southern Iran, destroying several villages and killing at"
                + " least three people.\n\nThe governor told the AFP news agency four villages had"
                + " been destroyed and three people killed.",
            "2005-11-27");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b), Doc.analyze(c));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b, c));
    // The toll's versions (the villages destroyed, seven and four, are a quantity of their own).
    List<Reconciler.Reconciled> told =
        Reconciler.reconcile(docs, Chronology.of(docs), checker, t -> false, lede).stream()
            .filter(r -> r.key().endsWith("killed"))
            .toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).sentence().text())
        .contains("ten people were killed")
        .contains("the governor told the AFP news agency")
        .doesNotContain("powerful earthquake");
    assertThat(checker.supports(told.get(0).sentence())).isTrue();
    List<Reconciler.Reconciled> alone =
        Reconciler.reconcile(docs, Chronology.of(docs), checker, t -> false, "").stream()
            .filter(r -> r.key().endsWith("killed"))
            .toList();
    assertThat(alone.get(0).sentence().text()).contains("powerful earthquake");
  }

  @Test
  void anotherOutletsWordingOfTheLedesQuakeRetellsItThoughOnlyHalfItsWordsAreTheLedes() {
    String lede =
        "An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing at"
            + " least 10 people and injuring many others.";
    assertThat(
            Reconciler.retells(
                "an earthquake measuring at least magnitude - 5.9 shook a sparsely populated area of"
                    + " southern Iran on Sunday, flattening seven villages and killing 10 people",
                lede))
        .isTrue();
    assertThat(Reconciler.retells("ten people are killed", lede)).as("too short").isFalse();
    assertThat(
            Reconciler.retells(
                "the governor of Qeshm island told the AFP news agency four villages had been"
                    + " destroyed and three people killed",
                lede))
        .isFalse();
  }

  @Test
  void aBoundFittingTwoConflictingCountsMergesNeither() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "BBC",
            "24 people were killed in the blast in Quetta.\n\nPolice sealed the area.",
            "2011-03-01");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AP",
            "At least 20 people were killed in the blast in Quetta.\n\nShops were shut.",
            "2011-03-02");
    WriterInput c =
        WriterInputs.on(
            "c",
            "CNN",
            "30 people were killed in the blast in Quetta.\n\nSchools were closed.",
            "2011-03-03");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b), Doc.analyze(c));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b, c));
    List<Reconciler.Reconciled> r = Reconciler.reconcile(docs, Chronology.of(docs), checker);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).sentence().text())
        .contains("BBC reported on 1 March")
        .contains("24 people")
        .contains("CNN reported on 3 March")
        .contains("30 people");
  }

  /**
   * ECB+ dev topic 20 (20_6ecbplus, dev blind round 27: "'he said 30 of the 80 wounded' has no
   * referent and is cut"): a version whose clause opens on a pronoun names no one the reader knows.
   */
  @Test
  void aVersionOpeningOnAPronounIsNoVersionTheStoryQuotes() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Los Angeles Times",
            "An earthquake on Qeshm island injured about 50 people, officials said.\n\n"
                + "Relief teams were sent.",
            "2008-11-28");
    WriterInput b =
        WriterInputs.on(
            "b",
            "Terra Daily",
            "Tents and blankets were distributed on the island.\n\n"
                + "He said 30 of the 80 wounded remained in hospital after the tremor.",
            "2008-11-28");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    assertThat(Reconciler.reconcile(docs, Chronology.of(docs), checker))
        .extracting(r -> r.sentence().text())
        .noneMatch(s -> s.contains("he said") || s.contains("He said"));
  }

  /**
   * ECB+ dev topic 20 (20_ecbplus): a toll and an injured count of one sentence are two quantities,
   * but the reconciliation of the second would quote that sentence again ("... that ten people are
   * killed and about 50 hurt" after "... that ten people are killed"): each version is told once.
   */
  @Test
  void aSentenceOneReconciliationQuotesIsNotQuotedByAnother() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Los Angeles Times",
            "Ten people are killed and about 50 hurt in the quake on Qeshm island.\n\n"
                + "Relief teams were sent.",
            "2008-11-28");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AFP",
            "The quake on Qeshm island killed three people and wounded 80 people.\n\n"
                + "Tents were ready.",
            "2008-11-28");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    List<Reconciler.Reconciled> r = Reconciler.reconcile(docs, Chronology.of(docs), checker);
    assertThat(r).isNotEmpty();
    long quotingTen =
        r.stream().filter(x -> x.sentence().text().toLowerCase().contains("ten people")).count();
    assertThat(quotingTen).as(r.toString()).isEqualTo(1);
  }
}
