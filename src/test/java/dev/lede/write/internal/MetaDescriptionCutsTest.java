package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dev round 23's judges flagged five of twenty metas cut, each at one of these places. */
class MetaDescriptionCutsTest {
  @Test
  void aSupportVerbsObjectKeepsItsPhraseAndAListOfNamesIsNotCutInTwo() {
    // Dev ECB+ 7_ecbplus: "... to keep a comfortable hold." judged cut off mid-sentence.
    String bout =
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on"
            + " his WBA, IBF and WBO heavyweight titles Saturday night.";
    assertThat(MetaDescriptions.variants(bout))
        .noneMatch(v -> v.endsWith("comfortable hold."))
        .noneMatch(v -> v.endsWith("his WBA."))
        .contains("Wladimir Klitschko stopped Tony Thompson in the sixth round.");
    // Dev ECB+ 2_ecbplus: "... will make her second appearance." judged cut off.
    String host =
        "Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host next"
            + " year, organizers said on Friday.";
    assertThat(MetaDescriptions.variants(host)).noneMatch(v -> v.endsWith("second appearance."));
  }

  @Test
  void aPhrasalVerbKeepsItsWithAndASpanOfTimeWhatItIsCountedFrom() {
    // Dev ECB+ 24_ecbplus: "... smashing the shop window and making off. The raid comes little
    // over a month." judged cut off.
    String raid =
        "Four men rammed their car into an upmarket jewelry store in central Paris, smashing the"
            + " shop window and making off with a two - million - euro booty.";
    assertThat(MetaDescriptions.variants(raid)).noneMatch(v -> v.endsWith("making off."));
    String month =
        "The raid comes little over a month after a masked bandit made off with an $136M worth of"
            + " diamonds and jewels from the Carlton Intercontinental Hotel in Cannes.";
    assertThat(MetaDescriptions.variants(month)).noneMatch(v -> v.endsWith("over a month."));
  }

  @Test
  void aVerbOfPlacingKeepsThePlaceAndEarlyGoesWithItsDay() {
    // Dev ECB+ 25_ecbplus: "... the New Orleans Saints placed their rookie." judged cut off.
    String rookie =
        "Not a mere day ago, the New Orleans Saints placed their rookie running back Chris Ivory on"
            + " injured reserve.";
    assertThat(MetaDescriptions.variants(rookie))
        .noneMatch(v -> v.endsWith("their rookie."))
        .noneMatch(v -> v.endsWith("Chris Ivory."))
        .contains(
            "The New Orleans Saints placed their rookie running back Chris Ivory on injured"
                + " reserve.");
    // Dev ECB+ 14_ecbplus: "... at a Somerset supermarket early." judged cut ("early.").
    String arson =
        "A man has denied arson following a fire at a Somerset supermarket early on Sunday.";
    assertThat(MetaDescriptions.variants(arson))
        .noneMatch(v -> v.endsWith("early."))
        .contains("A man has denied arson following a fire at a Somerset supermarket.");
  }

  @Test
  void aPassiveVerbKeepsItsOfPhraseAndAPurposeClauseMayGo() {
    String cheeks =
        "Maurice Cheeks, who played for the Sixers for 11 seasons and served as an assistant coach"
            + " for seven, was named coach after Jim O'Brien was relieved of his coaching duties.";
    assertThat(MetaDescriptions.variants(cheeks)).noneMatch(v -> v.endsWith("was relieved."));
    String fiat =
        "The Italian carmaker Fiat will take a 20% stake in the new company, which keeps most of"
            + " its plants open while the court reviews claims from its lenders.";
    assertThat(MetaDescriptions.variants(fiat))
        .contains("The Italian carmaker Fiat will take a 20% stake in the new company.");
  }

  @Test
  void aCutInsideANounPhraseOrANameIsToldFromOneAtAChunkBoundary() {
    String s =
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on"
            + " his WBA, IBF and WBO heavyweight titles.";
    var t = EnglishTagger.tag(s);
    java.util.function.ToIntFunction<String> at =
        w -> {
          for (int k = 0; k < t.size(); k++) {
            if (t.get(k).text().equals(w)) {
              return k;
            }
          }
          throw new AssertionError(w);
        };
    assertThat(MetaDescriptionCuts.midPhrase(t, at.applyAsInt("Tony"))).isTrue();
    assertThat(MetaDescriptionCuts.midPhrase(t, at.applyAsInt("WBA"))).isTrue(); // "[, IBF and"
    assertThat(MetaDescriptionCuts.midPhrase(t, at.applyAsInt("sixth"))).isTrue();
    assertThat(MetaDescriptionCuts.midPhrase(t, at.applyAsInt("Thompson"))).isFalse();
    assertThat(MetaDescriptionCuts.midPhrase(t, at.applyAsInt("round"))).isFalse();
    // Dev Wikinews 100911: "... at the main Airbus factory in Toulouse[, France]." may lose its
    // country; kept whole, the summary was a side sentence opening with "It".
    var toulouse =
        EnglishTagger.tag(
            "The first four aircraft will be assembled at the main Airbus factory in Toulouse,"
                + " France.");
    int town = 0;
    for (int k = 0; k < toulouse.size(); k++) {
      town = toulouse.get(k).text().equals("Toulouse") ? k : town;
    }
    assertThat(MetaDescriptionCuts.midPhrase(toulouse, town)).isFalse();
  }
}
