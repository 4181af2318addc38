package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimHeadlinesTest {
  // FRANK CNN/DailyMail development article 1ce80a53 (first half): the headline "Scottish
  // nationalists want SNP vote in General Election" stated Gordon Brown's warning as fact.
  private static final String BROWN =
      "Gordon Brown has warned that the Scottish nationalists want an SNP vote in the General"
          + " Election to force a second referendum on independence.";

  private static WrittenSentence sentence(String t) {
    return new WrittenSentence(t, List.of(new SourceSpan("a", t)));
  }

  @Test
  void aNamedSpeakersClaimIsHeadedWithTheSpeakerInHeadlineTense() {
    List<ClauseCompression.Compressed> headed =
        ClaimHeadlines.headed(BROWN, Headlines.HEADLINE_MAX, java.util.Set.of());
    assertThat(headed)
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c.text())
                    .startsWith("Gordon Brown warns ")
                    .hasSizeLessThanOrEqualTo(Headlines.HEADLINE_MAX));
  }

  @Test
  void theHeadlineKeepsWhoWarnsRatherThanStatingTheWarningAsFact() {
    Headlines.Headline h = Headlines.news(List.of(sentence(BROWN)));
    assertThat(h.text()).startsWith("Gordon Brown warns Scottish nationalists");
    assertThat(Headlines.grounded(h.text(), sentence(BROWN), BROWN)).isTrue();
  }

  @Test
  void aReportedFactIsStillToldWithoutItsSource() {
    // ECB+ development topic 18: "said" reports a fact, which the headline tells alone.
    String said =
        "Police said a 61-year-old Vancouver man was charged yesterday in connection with the"
            + " fatal shooting of his former boss at an office Christmas party.";
    assertThat(ClaimHeadlines.headed(said, Headlines.HEADLINE_MAX, java.util.Set.of())).isEmpty();
    assertThat(Headlines.news(List.of(sentence(said))).text()).doesNotStartWith("Police");
  }
}
