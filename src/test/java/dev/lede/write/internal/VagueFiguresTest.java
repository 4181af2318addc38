package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Vague counts and bounded amounts are figures with a range ({@link Figures.Bound}): two that may
 * both be true are one fact, two that cannot are a conflict. Sentences from the ECB+ dev topics 19
 * (Greek riots) and 20 (the Qeshm earthquake).
 */
class VagueFiguresTest {
  /** 20_1ecbplus. */
  private static final String DOZENS =
      "A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more"
          + " and damaging several villages, officials say.";

  @Test
  void dozensInjuredIsAFigureOfTheInjuredToll() {
    List<Figures.Figure> fs = Figures.in(DOZENS);
    assertThat(fs)
        .extracting(Figures.Figure::value, Figures.Figure::bound)
        .contains(
            org.assertj.core.groups.Tuple.tuple("10", Figures.Bound.AT_LEAST),
            org.assertj.core.groups.Tuple.tuple("dozens", Figures.Bound.VAGUE));
    // 20_11ecbplus gives the same toll with a noun: one key.
    String injured = fs.get(1).key();
    assertThat(
            Figures.in(
                "Ten people were killed and at least 50 injured when an earthquake razed mud - brick"
                    + " villages on the Persian Gulf island of Qeshm off Iran's southern coast"
                    + " Sunday, officials and state media said."))
        .extracting(Figures.Figure::key)
        .contains(injured);
  }

  @Test
  void aLowerBoundAndACountInsideItTellOneTollNotAConflict() {
    String atLeast = "At least 70 people have been hurt in the protests over the past eight days.";
    String about = "About 100 people have been injured.";
    assertThat(FactText.conflicting(atLeast, about)).isFalse();
    assertThat(FactText.sameFigure(atLeast, about)).isTrue();
  }

  @Test
  void dozensInjuredAndTwoInjuredConflict() {
    String two =
        "According to the ISNA news agency, the quake on the outskirts of Dargahan injured"
            + " two people.";
    assertThat(FactText.conflicting(DOZENS, two)).isTrue();
  }

  @Test
  void twoLowerBoundsOfOneTollAreTwoReportsToAttribute() {
    String three =
        "A powerful earthquake has hit southern Iran, destroying several villages and killing at"
            + " least three people and injuring others, according to reports.";
    assertThat(FactText.conflicting(DOZENS, three)).isTrue();
  }

  @Test
  void aVagueCountOfWhatTheEventDidIsACount() {
    // 19_5ecb
    assertThat(Figures.in("Hundreds of stores have been smashed and looted."))
        .extracting(Figures.Figure::value, Figures.Figure::bound)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hundreds", Figures.Bound.VAGUE));
  }

  @Test
  void aBoundOfSeveralWordsStaysWithItsAmountAndItsVerb() {
    Figures.Figure evacuated =
        Figures.in("As many as 20,000 people were evacuated from the coast of Queensland.").get(0);
    assertThat(evacuated.start()).isZero();
    assertThat(Figures.in("The storm hit the coast, killing as many as 20 people."))
        .extracting(Figures.Figure::key)
        .containsExactlyElementsOf(
            Figures.in("The storm hit the coast, killing 20 people.").stream()
                .map(Figures.Figure::key)
                .toList())
        .isNotEmpty();
    WriterInput a =
        WriterInputs.on(
            "a",
            "BBC",
            "As many as 20,000 people were evacuated from the coast of Queensland.\n\n"
                + "Roads were shut.",
            "2011-01-01");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AP",
            "30,000 people were evacuated from the coast of Queensland.\n\nSchools were closed.",
            "2011-01-02");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    assertThat(Reconciler.reconcile(docs, Chronology.of(docs), checker))
        .singleElement()
        .extracting(r -> r.sentence().text())
        .asString()
        .contains("that as many as 20,000 people were evacuated");
  }

  @Test
  void aRangeIsTheCallersOwnAndAFigureHasABound() {
    Figures.Figure dozens = new Figures.Figure("k", "dozens", 0, 0, Figures.Bound.VAGUE);
    Figures.range(dozens)[0] = -1;
    assertThat(Figures.range(dozens)[0]).isEqualTo(24);
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new Figures.Figure("k", "3", 0, 0, null))
        .withMessageContaining("bound");
  }

  /** 20_11ecbplus: the injured toll as a lower bound. */
  private static final String AT_LEAST_50 =
      "Ten people were killed and at least 50 injured when an earthquake razed mud - brick"
          + " villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday,"
          + " officials and state media said.";

  /** The key of the injured toll, as "dozens" more injured gives it. */
  private static final String INJURED =
      Figures.in(DOZENS).stream()
          .filter(f -> f.bound() == Figures.Bound.VAGUE)
          .findFirst()
          .orElseThrow()
          .key();

  private static Figures.Reported injured(String sentence, String day) {
    return Figures.in(sentence).stream()
        .filter(f -> f.key().equals(INJURED))
        .findFirst()
        .map(f -> new Figures.Reported(f, Optional.of(java.time.LocalDate.parse(day))))
        .orElseThrow();
  }

  @Test
  void compatibleFiguresOfOneDayAreOneFactButOnTwoDaysTwoReports() {
    assertThat(injured(DOZENS, "2008-11-10").oneFactWith(injured(AT_LEAST_50, "2008-11-10")))
        .isTrue();
    assertThat(injured(DOZENS, "2008-11-10").oneFactWith(injured(AT_LEAST_50, "2008-11-11")))
        .isFalse();
    Optional<java.time.LocalDate> sunday = Optional.of(java.time.LocalDate.parse("2008-11-10"));
    Optional<java.time.LocalDate> monday = Optional.of(java.time.LocalDate.parse("2008-11-11"));
    assertThat(FactText.conflicting(DOZENS, sunday, AT_LEAST_50, sunday)).isFalse();
    assertThat(FactText.conflicting(DOZENS, sunday, AT_LEAST_50, monday)).isTrue();
    assertThat(FactText.risingAcrossDays(DOZENS, sunday, AT_LEAST_50, monday)).isTrue();
    // An undated report is set apart by no day.
    assertThat(FactText.risingAcrossDays(DOZENS, Optional.empty(), AT_LEAST_50, monday)).isFalse();
  }

  /** The issue's own example: the toll at 11 on Monday, risen to 24 by Tuesday. */
  private static List<Doc> crete(String monday, String tuesday) {
    WriterInput bbc =
        WriterInputs.on(
            "bbc",
            "BBC",
            "At least 11 people were killed as buildings collapsed in the town of Arkalochori.\n\n"
                + "Rescue teams worked through the night.",
            monday);
    WriterInput ap =
        WriterInputs.on(
            "ap",
            "AP",
            "24 people died in the earthquake that struck the island of Crete.\n\n"
                + "Aftershocks kept families in tents.",
            tuesday);
    return List.of(Doc.analyze(bbc), Doc.analyze(ap));
  }

  @Test
  void aLowerBoundOnOneDayAndALargerCountOnTheNextAreARisingTollToReconcile() {
    List<Doc> docs = crete("2021-09-27", "2021-09-28");
    GroundingChecker checker = GroundingChecker.forInputs(docs.stream().map(d -> d.input).toList());
    assertThat(Reconciler.reconcile(docs, Chronology.of(docs), checker))
        .singleElement()
        .extracting(r -> r.sentence().text())
        .asString()
        .startsWith("BBC reported on 27 September that at least 11 people were killed")
        .contains("while AP reported on 28 September that 24 people died");
  }

  @Test
  void aLowerBoundAndALargerCountReportedOnOneDayAreOneTollNotReconciled() {
    List<Doc> docs = crete("2021-09-28", "2021-09-28");
    GroundingChecker checker = GroundingChecker.forInputs(docs.stream().map(d -> d.input).toList());
    assertThat(Reconciler.reconcile(docs, Chronology.of(docs), checker)).isEmpty();
  }

  @Test
  void aReconciliationWhoseQuotedClausesCouldAllBeTrueIsNotWritten() {
    // 20_11ecbplus, 20_2ecbplus, 20_4ecbplus (as the dev set gives them, undated): "about 50"
    // conflicts with "80 wounded", but "as many as 80" is what would be quoted for 80, and it
    // fits "about 50".
    WriterInput latimes =
        WriterInput.of(
            "latimes",
            "articles.latimes.com",
            "Earthquake Levels Villages on Iranian Island of Qeshm\n\n"
                + "Ten people are killed and about 50 hurt.");
    WriterInput payvand =
        WriterInput.of("payvand", "payvand.com", "As many as 80 people were also wounded.");
    WriterInput terradaily =
        WriterInput.of(
            "terradaily",
            "terradaily.com",
            "He said 30 of the 80 wounded remained in hospital after the tremor.");
    List<WriterInput> ins = List.of(latimes, payvand, terradaily);
    List<Doc> docs = ins.stream().map(Doc::analyze).toList();
    assertThat(Reconciler.reconcile(docs, Chronology.of(docs), GroundingChecker.forInputs(ins)))
        .allSatisfy(
            r -> {
              List<Figures.Reported> quoted = new java.util.ArrayList<>();
              for (dev.lede.model.SourceSpan span : r.sentence().sources()) {
                Doc d = docs.stream().filter(x -> x.id().equals(span.article())).findFirst().get();
                Figures.in(span.quote()).stream()
                    .filter(f -> f.key().equals(r.key()))
                    .forEach(f -> quoted.add(new Figures.Reported(f, d.day)));
              }
              assertThat(Figures.oneValue(quoted)).as(r.sentence().text()).isFalse();
            });
  }
}
