package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.SeoAnalyzer;
import org.junit.jupiter.api.Test;

class HeadlineKeyphraseTest {
  @Test
  void thePlannersKeyphraseStaysWhenTheHeadlineSaysIt() {
    assertThat(
            HeadlineKeyphrase.choose(
                "Fiat alliance",
                "Chrysler files for bankruptcy, agrees Fiat alliance",
                "Chrysler filed for bankruptcy on Thursday and agreed a Fiat alliance."))
        .isEqualTo("Fiat alliance");
  }

  @Test
  void aNameCutFromALongerNameInTheHeadlineIsPartOfThatName() {
    String headline = "Ellen DeGeneres to host Oscars for second time";
    assertThat(HeadlineKeyphrase.partOfName(headline, "Ellen")).isTrue();
    assertThat(HeadlineKeyphrase.partOfName(headline, "DeGeneres")).isTrue();
    assertThat(HeadlineKeyphrase.partOfName(headline, "Ellen DeGeneres")).isFalse();
    assertThat(HeadlineKeyphrase.partOfName(headline, "Oscars")).isFalse();
  }

  @Test
  void otherwiseANounPhraseOfTheHeadlineThatTheMetaDescriptionNamesOnce() {
    String headline = "Lindsay Lohan checks into Betty Ford Center";
    String meta =
        "Lindsay Lohan has checked into the Betty Ford Center in California after a"
            + " court hearing, her lawyer said.";
    String kp = HeadlineKeyphrase.choose("Lohan rehab", headline, meta);
    assertThat(kp).isNotEqualTo("Lohan rehab");
    assertThat(SeoAnalyzer.containsKeyphrase(headline, kp)).isTrue();
    assertThat(SeoAnalyzer.phraseCount(meta, kp)).isEqualTo(1);
  }

  @Test
  void aSummaryNamingTheHeadlinesNounTwiceStillGetsAKeyphraseItNamesOnce() {
    String headline = "Germans now think of themselves as victims";
    String meta =
        "Germans now think of themselves as the victims of Adolf Hitler and his Nazi Regime"
            + " Germans no longer see the Second World War.";
    assertThat(SeoAnalyzer.phraseCount(meta, "Germans")).isEqualTo(2);
    String kp = HeadlineKeyphrase.namedOnce(headline, meta).orElseThrow();
    assertThat(SeoAnalyzer.containsKeyphrase(headline, kp)).isTrue();
    assertThat(SeoAnalyzer.phraseCount(meta, kp)).isEqualTo(1);
  }

  @Test
  void aSummarySharingOnlyANameWithTheHeadlineNamesThatNameAsTheKeyphrase() {
    String headline = "Striker Adebayor dances in front of Arc de Triomphe";
    String meta =
        "Fans were left puzzled after a video of the Tottenham forward, posted on Sunday, showed"
            + " Adebayor performing a strange jig in Paris.";
    // No run of two headline words is in the summary: only the name is shared.
    assertThat(meta).doesNotContain("Striker Adebayor").doesNotContain("Adebayor dances");
    assertThat(HeadlineKeyphrase.namedOnce(headline, meta)).contains("Adebayor");
  }

  // Dev stories ecb-2_ecbplus, ecb-6_ecbplus and ecb-16_ecb (round 25): the summary's keyphrase was
  // "Ellen", "Ross", "Two possible gang", and the subheadings read "Ellen: what we know".
  @Test
  void aSubheadingNamesTheWholeNameOrThingTheKeyphraseIsPartOf() {
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Ellen DeGeneres to host Oscars for second time", "Ellen"))
        .isEqualTo("Ellen DeGeneres");
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Gary Ross to meet with Lionsgate officials to resume negotiations", "Ross"))
        .isEqualTo("Gary Ross");
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Two possible gang members arrested in shooting of sheriff's deputy",
                "Two possible gang"))
        .isEqualTo("Two possible gang members");
  }

  @Test
  void aSubheadingPhraseStopsAtAPossessiveAndKeepsAWholeKeyphrase() {
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Los Angeles County Sheriff's Department deputy dies after shooting",
                "Los Angeles County Sheriff"))
        .isEqualTo("Los Angeles County Sheriff");
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Ellen DeGeneres to host Oscars for second time", "Ellen DeGeneres"))
        .isEqualTo("Ellen DeGeneres");
    assertThat(HeadlineKeyphrase.headingPhrase("Indian Navy captures 23 pirates", "Indian Navy"))
        .as("a verb the tagger read as a noun")
        .isEqualTo("Indian Navy");
    assertThat(
            HeadlineKeyphrase.headingPhrase(
                "Actress Julia Louis-Dreyfus reveals ultra-short hairstyle she models", "Julia"))
        .isEqualTo("Julia Louis-Dreyfus");
  }
}
