package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.StoryPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineFeaturesTest {
  private static double feature(String headline, String name) {
    return HeadlineFeatures.text(headline)[HeadlineFeatures.TEXT.indexOf(name)];
  }

  @Test
  void aNamedSubjectWithAPresentTenseVerbReadsAsOneEvenWhenTheTaggerTakesTheVerbForANoun() {
    assertThat(feature("European Commission forces Apple to lower its prices", "finite_verb"))
        .isEqualTo(1);
    assertThat(feature("European Commission forces Apple to lower its prices", "present_verb"))
        .isEqualTo(1);
    assertThat(feature("Chrysler files for bankruptcy", "subject_named")).isEqualTo(1);
    assertThat(feature("Chrysler files for bankruptcy", "subject_generic")).isZero();
  }

  @Test
  void aGenericSubjectACutEndingAndANumberWithItsUnitAreTold() {
    assertThat(feature("Officials said the man was charged", "subject_generic")).isEqualTo(1);
    assertThat(feature("Court records say the man will", "ends_cut")).isEqualTo(1);
    assertThat(feature("Esther Williams dies", "ends_cut")).isZero();
    assertThat(feature("Dow falls 3.4% in Tokyo", "number_unit")).isEqualTo(1);
    assertThat(feature("Dow falls 3.4% in Tokyo", "place")).isEqualTo(1);
    assertThat(feature("Dow Jones fall: the reason is unknown", "label_colon")).isEqualTo(1);
  }

  @Test
  void everyGroundedCandidateOfTheNewsSentencesCarriesAllItsFeatures() {
    WrittenSentence lede =
        new WrittenSentence(
            "The Dow Jones Industrial Average fell 344.65 points at the close of trading.",
            List.of(
                new SourceSpan(
                    "a1",
                    "The Dow Jones Industrial Average fell 344.65 points at the close of"
                        + " trading.")));
    List<Headlines.Candidate> cs =
        Headlines.candidates(
            List.of(lede), List.of(new StoryPlan.NewsSentence(lede, 1, 0, 0)), "Dow Jones");
    assertThat(cs).isNotEmpty();
    Headlines.Candidate c = cs.get(0);
    assertThat(c.features()).hasSize(HeadlineFeatures.ALL.size());
    assertThat(c.features()[HeadlineFeatures.ALL.indexOf("lede_first")]).isEqualTo(1);
    assertThat(c.features()[HeadlineFeatures.ALL.indexOf("hand_score")]).isEqualTo(c.hand());
    assertThat(c.features()[HeadlineFeatures.ALL.indexOf("main_entity")]).isEqualTo(1);
  }

  @Test
  void theShippedWeightsNameOnlyKnownFeaturesAndLeaveTheHandSetPickerOn() {
    HeadlineWeights w = HeadlineWeights.load("headline-weights.tsv");
    assertThat(w.publishable()).hasSize(HeadlineFeatures.TEXT.size());
    assertThat(w.rank()).hasSize(HeadlineFeatures.ALL.size() + 1);
    assertThat(w.fitted()).isFalse();
  }

  @Test
  void aFittedRankingSwitchedOnScoresEveryFeaturePlusThePublishableLogOdds() {
    HeadlineWeights w = HeadlineWeights.load("headline-weights-test.tsv");
    assertThat(w.fitted()).isTrue();
    double[] x = new double[HeadlineFeatures.ALL.size()];
    x[HeadlineFeatures.ALL.indexOf("bias")] = 1;
    x[HeadlineFeatures.ALL.indexOf("chars")] = 0.5;
    assertThat(w.publishable(x)).isEqualTo(-1);
    assertThat(w.rank(x)).isEqualTo(2 * 0.5 - 1);
  }
}
