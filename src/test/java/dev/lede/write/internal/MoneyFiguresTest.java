package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of money are figures too: two outlets' different sums for one deal are reconciled. */
class MoneyFiguresTest {
  @Test
  void anOfferAndTheDealItIsForAreOneSumOfOneBuyer() {
    Figures.Figure a =
        Figures.in(
                "The Boston Red Sox have made the biggest offer in club history to Mark Teixeira,"
                    + " an eight-year deal worth $184 million.")
            .get(0);
    Figures.Figure b =
        Figures.in("The Red Sox offered Teixeira $200 million over eight years.").get(0);
    assertThat(a.key()).isEqualTo(b.key()).startsWith("MONEY|");
    assertThat(a.value()).isNotEqualTo(b.value());
  }

  @Test
  void aRangeOfTwoSumsIsNotTwoFiguresThatDisagree() {
    assertThat(Figures.in("The Red Sox offered Teixeira $140 million over eight years."))
        .hasSize(1);
    assertThat(Figures.in("The Red Sox offered Teixeira $140 - 150 million over eight years."))
        .isEmpty();
    assertThat(Figures.in("The Red Sox offered Teixeira $140-$150 million over eight years."))
        .isEmpty();
    assertThat(Figures.in("The storm killed 10 to 12 people on Monday.")).isEmpty();
    assertThat(Figures.in("The storm killed 12 people on Monday.")).hasSize(1);
  }

  @Test
  void aRangeWrittenBetweenOneSumAndAnotherIsOneFigureNotTwo() {
    assertThat(
            Figures.in(
                "The Red Sox offered Teixeira between $140 million and $150 million over eight"
                    + " years."))
        .isEmpty();
    assertThat(
            Figures.in(
                "The Red Sox offered Teixeira from $140 million to $150 million over eight years."))
        .isEmpty();
    assertThat(
            Figures.in(
                "The Orioles have made an offer between $140 and $150 million over seven years."))
        .isEmpty();
    assertThat(
            Figures.in("The offers for Teixeira were in the $140 million to $160 million range."))
        .isEmpty();
    assertThat(Figures.in("The storm killed between 10 and 12 people on Monday.")).isEmpty();
    // "and" joins a range only after "between": two sums of one sentence are still read.
    assertThat(
            Figures.in(
                "The Red Sox offered Teixeira $140 million and the Angels offered Teixeira $160"
                    + " million."))
        .hasSize(2);
  }

  @Test
  void anotherBuyersOfferOrASumWithNothingToSayWhatItIsIsNoConflict() {
    String sox =
        Figures.in("The Red Sox offered Teixeira $200 million over eight years.").get(0).key();
    List<Figures.Figure> angels =
        Figures.in("The Angels offered Teixeira $160 million over eight years.");
    assertThat(angels).hasSize(1);
    assertThat(angels.get(0).key()).isNotEqualTo(sox);
    assertThat(Figures.in("The team has spent $90 million this year.")).isEmpty();
  }

  @Test
  void twoOutletsSumsForOneRewardAreStatedOnceWithWhoReportedWhich() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Statesman",
            "Police said on Monday that the FBI offered a $35,000 reward for information on the"
                + " bombing.\n\nThe blast killed two officers.",
            "2008-12-15");
    WriterInput b =
        WriterInputs.on(
            "b",
            "Oregonian",
            "The FBI offered a $50,000 reward on Tuesday for information leading to an arrest in"
                + " the bombing.\n\nInvestigators are still at the scene.",
            "2008-12-16");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    List<Reconciler.Reconciled> r = Reconciler.reconcile(docs, Chronology.of(docs), checker);
    assertThat(r).hasSize(1);
    WrittenSentence s = r.get(0).sentence();
    assertThat(s.text())
        .contains("$35,000 reward")
        .contains("Statesman reported on 15 December")
        .contains("$50,000")
        .contains("Oregonian reported on 16 December");
    assertThat(s.text().indexOf("Statesman")).isLessThan(s.text().indexOf("Oregonian"));
    assertThat(checker.supports(s)).isTrue();
  }

  @Test
  void anEventWordAndANumberInCommonAreOneFactAndAnotherNumberIsNot() {
    assertThat(
            FactText.sharesNumber(
                "DeGeneres previously hosted the 79th Oscars in 2007.",
                "She previously served as emcee during the 2007 ceremony."))
        .isTrue();
    assertThat(
            FactText.sharesNumber("Rewards totaling $30, 000 are offered.", "The Nov. 30 escape"))
        .isFalse();
    assertThat(FactText.numbers("a city of 500, 000 people")).containsExactly("500,000");
  }
}
