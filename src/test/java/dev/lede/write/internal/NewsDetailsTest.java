package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dev judges marked VAGUE: the headline kept who did what and lost what made it news. */
class NewsDetailsTest {
  private static List<ClauseCompression.Compressed> candidates(String sentence) {
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).as(sentence).isNotEmpty();
    cs.forEach(c -> assertThat(c.text().length()).as(c.text()).isLessThanOrEqualTo(70));
    return cs;
  }

  @Test
  void aConsequenceAfterTheClauseIsKeptBeforeItsPlaceAdjuncts() {
    // ECB+ 8_ecb: "Bomb explodes at West Coast Bank branch in Woodburn" left out two deaths.
    String s =
        "A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing a"
            + " Woodburn police officer and an Oregon State Police bomb squad technician, and"
            + " critically injuring the Woodburn police chief.";
    ClauseCompression.Compressed c = candidates(s).get(0);
    assertThat(c.text())
        .startsWith("Bomb explodes")
        .contains(", killing police officer and bomb squad technician")
        .doesNotContain("injuring");
    assertThat(s.substring(c.from(), c.to())).startsWith("bomb").endsWith("technician");
  }

  @Test
  void aParticipleThatTellsNoConsequenceIsNotAdded() {
    List<ClauseCompression.Compressed> cs =
        candidates(
            "Stock markets around the world fell sharply on Monday, including the FTSE 100 and"
                + " the Dow Jones Industrial Average.");
    assertThat(cs).noneSatisfy(c -> assertThat(c.text()).contains("including"));
  }

  @Test
  void anObjectDescribedByARelativeClauseTakesTheClausesTopic() {
    // ECB+ 9_ecb and 9_ecbplus: the regulations and the rule were about endangered species.
    String bush =
        "The Bush administration issued two late-term regulations on Thursday that"
            + " environmentalists say weaken federal protection for endangered species but that"
            + " Interior Department officials defended as blocking a \"back-door\" attempt to"
            + " regulate emissions that contribute to global warming.";
    assertThat(candidates(bush).get(0).text())
        .isEqualTo("Bush administration issues two regulations on endangered species");
    String obama =
        "The Obama administration today revoked an eleventh - hour Bush - era rule that"
            + " undermined protections for plants and animals listed as threatened or endangered"
            + " under the Endangered Species Act.";
    ClauseCompression.Compressed c = candidates(obama).get(0);
    assertThat(c.text())
        .isEqualTo("Obama administration revokes Bush-era rule on Endangered Species Act");
    assertThat(obama.substring(c.from(), c.to())).endsWith("Endangered Species Act");
  }

  @Test
  void aTopicTheClauseAlreadyNamesOrThatNeedsAPossessiveIsNotAdded() {
    List<ClauseCompression.Compressed> cs =
        candidates("The council passed a budget that cuts spending on its schools by 5%.");
    assertThat(cs).noneSatisfy(c -> assertThat(c.text()).contains(" on its"));
  }

  @Test
  void aParticiplePhraseThatGoesOnPastItsObjectIsNotCutShort() {
    // FRANK dev 2beb3c90: "McHenry quickly issues apology, blaming incident" dangled.
    List<ClauseCompression.Compressed> cs =
        candidates(
            "McHenry quickly issued an apology, blaming the incident on a moment of intense"
                + " frustration.");
    assertThat(cs).noneSatisfy(c -> assertThat(c.text()).contains("blaming"));
    // ECB+ 13_ecb: "leading Ms. Palin to apologize" is no object ending at "Ms".
    assertThat(
            candidates(
                "Gov. Sarah Palin's home church was badly damaged by arson, leading Ms. Palin to"
                    + " apologize."))
        .noneSatisfy(c -> assertThat(c.text()).contains("leading"));
    assertThat(
            candidates("The crash sent the market tumbling down 508 points, losing nearly 24%.")
                .get(0)
                .text())
        .isEqualTo("Crash sends market tumbling down 508 points, losing nearly 24%");
  }

  @Test
  void theConsequenceOutweighsThePlaceAdjunctThatHoldsTheKeyphrase() {
    String s =
        "A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing a"
            + " Woodburn police officer and an Oregon State Police bomb squad technician, and"
            + " critically injuring the Woodburn police chief.";
    Headlines.Headline h =
        Headlines.news(
            List.of(
                new dev.lede.model.WrittenSentence(
                    s, List.of(new dev.lede.model.SourceSpan("a1", s)))),
            "West Coast Bank");
    assertThat(h.text()).contains("killing police officer");
  }

  @Test
  void aReportedModalBeforeAVerbTheTaggerReadsAsANounGivesTheFuture() {
    // Wikinews dev 143480: "General Motors says it would axe 10,000 jobs".
    assertThat(
            candidates(
                    "The US car manufacturer General Motors said that it would axe 10,000 jobs at"
                        + " its European division, Opel.")
                .get(0)
                .text())
        .isEqualTo("General Motors to axe 10,000 jobs at its European division");
  }

  @Test
  void theCloseOfTradingIsATimePhrase() {
    // Wikinews dev 112579: "... falls 344.65 at close of trading".
    assertThat(
            candidates(
                    "The Dow Jones Industrial Average, a stock market index, fell 344.65 at the close"
                        + " of trading Thursday.")
                .get(0)
                .text())
        .isEqualTo("Dow Jones Industrial Average falls 344.65");
  }

  @Test
  void theChargeOrTheCrimeACutClauseLeftOutIsKeptWithoutThePhrasesBetween() {
    // Dev round 18 (ECB+ 22_ecb, 16_ecb, 3_ecb), judged vague: "add 1967 murder charges", "add
    // in LA deputy's murder", "gets life for Atlanta courthouse shootings".
    String staunton =
        "Staunton Police this morning arrested Sharron Diane Crawford Smith, of Staunton, on"
            + " first-degree murder charges in the 1967 slayings of two women at High's Ice Cream"
            + " Shop.";
    ClauseCompression.Compressed c = candidates(staunton).get(0);
    assertThat(c.text())
        .isEqualTo("Staunton Police arrest Sharron Diane Crawford Smith on murder charges");
    assertThat(c.detailed()).isTrue();
    assertThat(staunton.substring(c.from(), c.to())).endsWith("murder charges");
    assertThat(
            candidates(
                    "Two possible gang members were arrested in the fatal shooting of a sheriff's"
                        + " deputy who was murdered as he was getting ready to go to work,"
                        + " officials announced Saturday.")
                .get(0)
                .text())
        .isEqualTo("Two possible gang members arrested in shooting of sheriff's deputy");
    assertThat(
            candidates(
                    "Former Kutztown University football player Brian Nichols has received a"
                        + " sentence of life in prison without parole for a March 2005 shooting"
                        + " spree in an Atlanta courthouse.")
                .get(0)
                .text())
        .isEqualTo("Brian Nichols receives sentence of life in prison for shooting spree");
  }

  @Test
  void aClauseThatAlreadyToldItsEventOrNumberTakesNoFurtherPhrase() {
    // Dev round 18, judged publishable as they were (Wikinews 125796, 141483; ECB+ 2_ecb).
    assertThat(
            candidates(
                    "The American auto company Chrysler filed for bankruptcy Thursday, however a"
                        + " deal with European auto maker Fiat went through.")
                .stream()
                .map(ClauseCompression.Compressed::text))
        .noneMatch(t -> t.contains("Fiat"));
    assertThat(
            candidates(
                    "Bank of America Corporation lost US$2.24 billion in the third quarter, mostly"
                        + " in loan losses.")
                .get(0)
                .text())
        .doesNotContain("loan losses");
    // A time phrase is no complement, whatever its name: not "... on Hollywood's".
    assertThat(
            candidates(
                    "Australian actor Hugh Jackman was named on Friday as host of February's"
                        + " Oscars in a departure from the tradition on Hollywood's most"
                        + " prestigious night.")
                .stream()
                .map(ClauseCompression.Compressed::text))
        .noneMatch(t -> t.endsWith("'s") || t.endsWith("Hollywood's"));
  }

  @Test
  void theParticipleAfterACommaIsFoundOnlyWhenNoOtherClauseComesFirst() {
    // The one scan behind a consequence ("..., killing ...") and a feature lead's reflexive news.
    List<EnglishTagger.Tok> t =
        EnglishTagger.tag("A bomb exploded in Woodburn, Oregon, killing a police officer.");
    int p = NewsDetails.participleAfterComma(t, 3, x -> false);
    assertThat(p).isPositive();
    assertThat(t.get(p).text()).isEqualTo("killing");
    assertThat(NewsDetails.participleAfterComma(t, 3, x -> x.text().equals("Oregon")))
        .as("a stop token before the participle")
        .isEqualTo(-1);
    List<EnglishTagger.Tok> u =
        EnglishTagger.tag("A bomb exploded in Woodburn, and police said, killing no one.");
    assertThat(NewsDetails.participleAfterComma(u, 3, x -> false))
        .as("another verb comes first")
        .isEqualTo(-1);
  }
}
