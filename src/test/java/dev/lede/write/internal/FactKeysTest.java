package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a sentence counts ({@link FactKeys#counts}) and who did what in it ({@link FactKeys#deeds}).
 */
class FactKeysTest {

  @Test
  void aCountBeyondTheIntRangeIsReadNotOverflowed() {
    // A Korean Wikinews brief on IPv4 exhaustion crashed the writer at "4,294,967,296" (demo run).
    assertThat(FactKeys.counts("The registry had 4,294,967,296 addresses to give out in all."))
        .anyMatch(k -> k.startsWith("4294967296|"));
  }

  @Test
  void aRunOfDigitsTooLongForACountIsNoCount() {
    assertThat(FactKeys.counts("It listed 1,000,000,000,000,000,000,000 addresses in the table."))
        .noneMatch(k -> k.contains("address"));
  }

  @Test
  void aSmallCountKeepsItsNoun() {
    assertThat(FactKeys.counts("Police arrested 12 protesters outside the embassy."))
        .anyMatch(k -> k.startsWith("12|"));
  }

  @Test
  void twoOutletsSayingCriticsCallTheVoteAShamTellOneFact() {
    String a =
        "Critics say that Sunday's vote is a sham with all the candidates either representing the"
            + " ruling Democratic Party, the only registered party.";
    String b =
        "Critics say the poll is a sham and designed to put a gloss of democracy on a government"
            + " that tolerates no dissent.";
    assertThat(FactKeys.deeds(a)).contains("critic|be sham|");
    assertThat(FactKeys.deeds(b)).contains("critic|be sham|");
    assertThat(Restatements.sameFact(a, b)).isTrue();
  }

  @Test
  void aPassiveNamesItsUndergoerAndAPronounOrAnUnrealActGivesNoDeed() {
    assertThat(FactKeys.deeds("A driver has been charged with criminally negligent homicide."))
        .containsExactly("|charg|driver");
    assertThat(FactKeys.deeds("Police arrested the driver near the scene."))
        .containsExactly("polic|arrest|driver");
    assertThat(FactKeys.deeds("He arrested the driver.")).isEmpty();
    assertThat(FactKeys.deeds("Police will arrest the driver.")).isEmpty();
  }

  @Test
  void theSameActOfAnotherDoerIsAnotherFact() {
    assertThat(
            Restatements.sameFact(
                "Critics say the vote is a sham.", "Supporters say the vote is a triumph."))
        .isFalse();
    assertThat(FactKeys.deeds("Supporters say the vote is a triumph."))
        .doesNotContainAnyElementsOf(FactKeys.deeds("Critics say the vote is a sham."));
  }
}
