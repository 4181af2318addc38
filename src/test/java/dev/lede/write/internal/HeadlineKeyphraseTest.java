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
}
