package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TokenisedTextTest {
  @Test
  void aSourceThatSpacesItsFiguresAndNeverJoinsThemIsTokenised() {
    assertThat(TokenisedText.isTokenised("The 6. 1 - magnitude quake struck at 2, 000ft."))
        .isTrue();
    assertThat(
            TokenisedText.isTokenised("Wildlife experts at the U. S. Fish and Wildlife Service."))
        .isTrue();
  }

  @Test
  void aSourceThatJoinsOneFigureOrInitialismAnywhereIsNotTokenised() {
    assertThat(TokenisedText.isTokenised("It sold 2,000 copies of Far Cry 2, 999 and Halo."))
        .isFalse();
    assertThat(TokenisedText.isTokenised("A 6.1 quake; the U. S. Geological Survey said so."))
        .isFalse();
    assertThat(TokenisedText.isTokenised("George R. R. Martin visited the U.S. in May.")).isFalse();
    assertThat(TokenisedText.isTokenised("In 2005, 300 people died at 9: 40 on a 90 - day trip."))
        .isFalse();
  }

  @Test
  void joinsSpacedThousandsDecimalsAndInitialsAndNothingElse() {
    assertThat(
            TokenisedText.joined(
                "A 6. 1 quake hit at 2, 000ft and cost $1, 200, 000, the U. S. Geological Survey"
                    + " and L. A. police said at 9: 40 after a 90 - day lull; George W. Bush spoke."))
        .isEqualTo(
            "A 6.1 quake hit at 2,000ft and cost $1,200,000, the U.S. Geological Survey"
                + " and L.A. police said at 9: 40 after a 90 - day lull; George W. Bush spoke.");
  }

  @Test
  void leavesAYearBeforeAFigureAndASentenceEndingInAYearApart() {
    String text =
        "In 2005, 300 people died in 2005. 12 more died, he said. 1, 20 and 3. 456 remain.";
    assertThat(TokenisedText.joined(text)).isEqualTo(text);
  }

  @Test
  void findsTheDecimalPointOfASpacedDecimalOnly() {
    String text = "The 6. 1 - magnitude quake. 12 died in 2005. 3 more.";
    assertThat(TokenisedText.isSpacedDecimalPoint(text, text.indexOf(". 1"))).isTrue();
    assertThat(TokenisedText.isSpacedDecimalPoint(text, text.indexOf("quake.") + 5)).isFalse();
    assertThat(TokenisedText.isSpacedDecimalPoint(text, text.indexOf("2005.") + 4)).isFalse();
  }

  @Property(tries = 300)
  void aFigureATokeniserSpacedJoinsBackToItself(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long whole,
      @ForAll @IntRange(min = -1, max = 99) int fraction) {
    String figure =
        String.format(Locale.US, "%,d", whole)
            + (fraction < 0 ? "" : String.format(Locale.US, ".%d", fraction));
    String spaced = figure.replace(",", ", ").replace(".", ". ");
    assertThat(TokenisedText.joined("about " + spaced + " people"))
        .isEqualTo("about " + figure + " people");
  }

  @Property(tries = 300)
  void joiningOnlyEverTakesSpacesOut(@ForAll("tokenisedText") String text) {
    String joined = TokenisedText.joined(text);
    assertThat(joined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
    assertThat(TokenisedText.joined(joined)).isEqualTo(joined);
  }

  @Provide
  Arbitrary<String> tokenisedText() {
    return Arbitraries.of("1", "20", "305", "2005", ", ", ". ", ".", ",", " ", "U", "S", "a", "-")
        .list()
        .ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }
}
