package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
