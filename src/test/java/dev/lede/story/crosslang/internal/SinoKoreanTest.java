package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinoKoreanTest {
  @Test
  void hanWordsAreReadAsTheKoreanNounsTheyShareAKeyWith() {
    assertThat(SinoKorean.keys("規模9.0の地震が発生し、大統領は議会で演説した")).contains("k:지진", "k:대통령", "k:의회");
    assertThat(SinoKorean.keys("대통령이 의회에서 지진 피해를 설명했다")).contains("k:지진", "k:대통령", "k:의회");
  }

  @Test
  void simplifiedChineseIsReadThroughItsTraditionalForm() {
    assertThat(SinoKorean.keys("议会通过决议")).contains("k:의회");
  }

  @Test
  void englishTextHasNoSinoKoreanKeys() {
    assertThat(SinoKorean.keys("An earthquake struck the capital")).isEmpty();
  }
}
