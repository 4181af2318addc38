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
}
