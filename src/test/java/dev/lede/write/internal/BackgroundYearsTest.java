package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Background runs in the order of the years it tells (dev ECB+ 4_ecb, judged for a jumbled
 * biography: 1955, 2006, 1955, 1950, 1954).
 */
class BackgroundYearsTest {
  @Test
  void backgroundRunsInTheOrderOfTheYearsItTellsAndUndatedSentencesKeepTheirPlaces() {
    List<String> items =
        new ArrayList<>(
            List.of(
                "In 1955, Hugh Hefner asked Page to pose in a Playboy centerfold.",
                "In 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol.",
                "Her fans still copy her bangs.",
                "A Congressional investigation in 1955 called Page as a witness.",
                "Page began modeling in 1950 when she met a police officer.",
                "Some of her most celebrated snapshots were taken in 1954."));
    Chronology.byYearTold(items, Function.identity());
    assertThat(items)
        .containsExactly(
            "Page began modeling in 1950 when she met a police officer.",
            "Some of her most celebrated snapshots were taken in 1954.",
            "Her fans still copy her bangs.",
            "In 1955, Hugh Hefner asked Page to pose in a Playboy centerfold.",
            "A Congressional investigation in 1955 called Page as a witness.",
            "In 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol.");
  }

  @Test
  void moneyAndPercentagesAreNotYears() {
    List<String> items =
        new ArrayList<>(
            List.of(
                "The deal was worth $2010 million in 1999.", "Shares fell 2000% in 1998 alone."));
    Chronology.byYearTold(items, Function.identity());
    assertThat(items.get(0)).startsWith("Shares fell");
  }
}
