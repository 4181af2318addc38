package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseCompressionTest {
  private static String headline(String sentence) {
    Optional<ClauseCompression.Compressed> c = ClauseCompression.headline(sentence, 70);
    assertThat(c).as(sentence).isPresent();
    String h = c.get().text();
    assertThat(h.length()).as(h).isLessThanOrEqualTo(70);
    assertOnlySentenceWords(h, sentence);
    return h;
  }

  /** Every headline word is the sentence's, but for a verb's ending and the "to" of "will". */
  private static void assertOnlySentenceWords(String headline, String sentence) {
    Set<String> words = new HashSet<>();
    Set<String> lemmas = new HashSet<>();
    for (String w : Words.lowerWords(sentence)) {
      words.add(w);
      lemmas.add(HeadlineVerbs.lemma(w));
    }
    for (String w : Words.lowerWords(headline)) {
      assertThat(words.contains(w) || w.equals("to") || lemmas.contains(HeadlineVerbs.lemma(w)))
          .as("\"%s\" of \"%s\"", w, headline)
          .isTrue();
    }
  }

  @Test
  void aPastEventIsToldInThePresentWithoutTimeOrAttribution() {
    String h =
        headline(
            "Chrysler filed for bankruptcy protection on Thursday and agreed to an alliance with"
                + " Fiat, President Barack Obama said.");
    assertThat(h).startsWith("Chrysler files for bankruptcy");
    assertThat(h).doesNotContain("Thursday", "said", "Obama");
  }

  @Test
  void aSecondVerbOfTheSameSubjectFollowsAComma() {
    String h = headline("Chrysler filed for bankruptcy and agreed to an alliance with Fiat.");
    assertThat(h).isEqualTo("Chrysler files for bankruptcy, agrees to alliance with Fiat");
  }

  @Test
  void anOpeningSubordinateClauseAndATrailingAttributionGo() {
    String h =
        headline(
            "After she left rehab, Lindsay Lohan has checked into the Betty Ford Center, her"
                + " lawyer told reporters on Monday.");
    assertThat(h).isEqualTo("Lindsay Lohan checks into Betty Ford Center");
  }

  @Test
  void aReportedFutureTakesToAndItsPronounBecomesTheSpeaker() {
    String h =
        headline(
            "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free"
                + " case.");
    assertThat(h).startsWith("Apple Inc. to give owners of its new iPhone 4");
  }

  @Test
  void aPassiveLosesItsAuxiliaryAndArticles() {
    String h = headline("A 25-year-old man was arrested in connection with the shooting.");
    assertThat(h.toLowerCase(Locale.ROOT)).startsWith("25-year-old man arrested");
  }

  @Test
  void aPronounSubjectWithNoAntecedentGivesNoHeadline() {
    assertThat(ClauseCompression.headline("She resigned from the board on Monday.", 70)).isEmpty();
  }

  @Test
  void aHeadlineThatCannotFitEndsOnAWholePhraseOrIsNotMade() {
    String s =
        "The European Commission has forced Apple Inc. to lower its prices for media in its United"
            + " Kingdom iTunes store, Apple's online media shop.";
    Optional<ClauseCompression.Compressed> c = ClauseCompression.headline(s, 70);
    c.ifPresent(
        x -> {
          List<String> w = Words.lowerWords(x.text());
          assertThat(w.get(w.size() - 1)).isNotIn("of", "for", "in", "its", "to", "the");
          assertThat(s.substring(x.from(), x.to())).isNotBlank();
        });
    assertThat(c).isPresent();
  }

  @Test
  void asidesInBracketsAndAfterTheSubjectDoNotHideTheReportedNews() {
    String sentence =
        "General Motors Corporation (GM), an American automaker which has filed for bankruptcy"
            + " protection, announced on Friday that the Penske Automotive Group (PAG) was selected"
            + " to purchase Saturn Corporation.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).isNotEmpty();
    ClauseCompression.Compressed c = cs.get(0);
    assertThat(c.text())
        .isEqualTo("Penske Automotive Group selected to purchase Saturn Corporation");
    assertOnlySentenceWords(c.text(), sentence);
    assertThat(sentence.substring(c.from(), c.to())).startsWith("Penske").endsWith("Corporation");
  }

  @Test
  void aNameThatLooksPluralTakesASingularVerbAndKeepsItsAsPhrase() {
    String h =
        ClauseCompression.candidates(
                "The United States's largest car manufacturer General Motors today named Mary Barra"
                    + " as its new chief executive.",
                70)
            .get(0)
            .text();
    assertThat(h).isEqualTo("General Motors names Mary Barra as its new chief executive");
  }

  @Test
  void aPassiveEndsWholeWhenItsTrailingPhrasesDoNotFit() {
    String sentence =
        "A test flight of the new Airbus A380 superjumbo, the largest passenger jet in the world,"
            + " was delayed today after a superficial accident at Suvarnabhumi Airport, which serves"
            + " Bangkok, Thailand.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).isNotEmpty();
    assertThat(cs.get(0).text())
        .startsWith("Test flight of new Airbus A380 superjumbo delayed")
        .doesNotContain("today", "largest", "which");
    assertThat(cs.get(0).verb()).isEqualTo("delay");
    assertThat(cs.get(0).named()).isTrue();
  }

  @Test
  void theYearOfAnAgeIsNoTimePhrase() {
    String h = headline("A 36 - year - old Australian man died after falling 150 meters.");
    assertThat(h).contains("year");
  }

  @Test
  void aParticipleInsideTheSubjectIsNoAttribution() {
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple.", 70);
    assertThat(cs).isNotEmpty();
    assertThat(cs.get(0).text()).startsWith("Pre-orders of").contains("iPhone 4 begin");
  }
}
