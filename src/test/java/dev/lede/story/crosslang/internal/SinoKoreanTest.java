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
  void noSingleHanCharacterReadsAsAKeySoLoneOnesNeedNoReading() {
    // What lets keys() pass over runs of one character (checked once on all 94,204 Han code
    // points; here the basic block, extension A and the compatibility ideographs).
    int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    int read = 0;
    for (int[] block : blocks) {
      for (int c = block[0]; c <= block[1]; c++) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          String s = Character.toString(c);
          assertThat(SinoKorean.noriKeys(s)).as(s).isEmpty();
          read++;
        }
      }
    }
    assertThat(read).isGreaterThan(27_000);
    assertThat(SinoKorean.runKeys("地震")).containsExactly("k:지진");
    assertThat(SinoKorean.keys("地が震えた")).isEmpty();
  }

  @Test
  void englishTextHasNoSinoKoreanKeys() {
    assertThat(SinoKorean.keys("An earthquake struck the capital")).isEmpty();
  }
}
