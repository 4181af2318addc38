package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A section tells the parts of the event (rounds, innings) in their order. */
class EventPhaseOrderTest {
  /**
   * Dev ECB+ 7_ecbplus (cbc.ca, eastsideboxing.com, espn.go.com): dev round 25's judge flagged
   * "third-round material comes before the second round".
   */
  @Test
  void aFightIsToldRoundAfterRoundWhicheverOutletToldEachRound() {
    List<String> items =
        new ArrayList<>(
            List.of(
                "In between rounds Hall of Fame trainer Emanuel Steward told Klitschko he was"
                    + " mentally wearing Thompson down with pressure.",
                "Vitali was in his brother's corner as usual, and acted as cheerleader in the third"
                    + " round, urging on fans in the football stadium.",
                "Thompson tried jumping on Wladimir to start the second but the champion was"
                    + " prepared.",
                "Thompson briefly stepped up his cautious tactics when landing a left to"
                    + " Klitschko's face in the third.",
                "Thompson was wrestled down to the canvas a couple of times in this stanza.",
                "The Ukrainian champion dropped Thompson again in the sixth, and referee Sam"
                    + " Williams gave the challenger a standing count.",
                "Klitschko floored Thompson with a big right hand near the end of the fifth round at"
                    + " Stade de Suisse."));
    Chronology.byPhaseTold(items, Function.identity());
    assertThat(items)
        .extracting(s -> s.substring(0, 16))
        .containsExactly(
            "In between round",
            "Thompson tried j",
            "Vitali was in hi",
            "Thompson briefly",
            "Thompson was wre",
            "Klitschko floore",
            "The Ukrainian ch");
  }

  @Test
  void anOrdinalThatNamesNoPartOfTheEventMovesNothing() {
    List<String> items =
        new ArrayList<>(
            List.of(
                "Voters cast their ballots in the country's fourth parliamentary election.",
                "It was the second time observers were invited.",
                "Turnout was the second-highest on record in the first round of counting."));
    List<String> before = List.copyOf(items);
    Chronology.byPhaseTold(items, Function.identity());
    assertThat(items).isEqualTo(before);
  }

  private static List<String> sorted(String... sentences) {
    List<String> items = new ArrayList<>(List.of(sentences));
    Chronology.byPhaseTold(items, Function.identity());
    return items;
  }

  @Test
  void aQuarterOfAYearIsNoPartOfAnEventAndASentenceTellingAYearDoesNotMove() {
    assertThat(
            sorted(
                "Sales fell in the fourth quarter of 2012.",
                "Profit rose in the first quarter of 2013."))
        .containsExactly(
            "Sales fell in the fourth quarter of 2012.",
            "Profit rose in the first quarter of 2013.");
    assertThat(
            sorted(
                "Thompson, stopped in the 11th round of their 2012 fight, tried jumping on Wladimir"
                    + " to start the second.",
                "Klitschko floored Thompson near the end of the fifth round.",
                "Klitschko dropped Thompson again in the sixth round."))
        .startsWith(
            "Thompson, stopped in the 11th round of their 2012 fight, tried jumping on"
                + " Wladimir to start the second.");
  }

  @Test
  void roundsSetsAndInningsAreNotSortedOnOneLine() {
    assertThat(
            sorted("In the third round, Murray faced Isner.", "Murray dropped the first set 6-7."))
        .containsExactly(
            "In the third round, Murray faced Isner.", "Murray dropped the first set 6-7.");
    assertThat(sorted("He scored in the third round.", "The rain came in the first inning."))
        .containsExactly("He scored in the third round.", "The rain came in the first inning.");
  }

  @Test
  void aDateOrAnOrdinalAfterAVerbIsNoBarePart() {
    assertThat(sorted("It happened on the 11th, police said.", "He fell in the fifth round."))
        .containsExactly("It happened on the 11th, police said.", "He fell in the fifth round.");
    assertThat(
            sorted(
                "Marquez, who had lost the first three, won the fourth.",
                "Pacquiao took the second round."))
        .containsExactly(
            "Marquez, who had lost the first three, won the fourth.",
            "Pacquiao took the second round.");
  }

  @Test
  void aSentenceSayingThisRoundMovesWithTheRoundBeforeIt() {
    assertThat(
            sorted(
                "Klitschko floored Thompson in the fifth round.",
                "The crowd roared in this round.",
                "Thompson landed a left in the third round."))
        .containsExactly(
            "Thompson landed a left in the third round.",
            "Klitschko floored Thompson in the fifth round.",
            "The crowd roared in this round.");
  }
}
