package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final Transliterator ICU_KANA =
      Transliterator.getInstance("Katakana-Latin; Latin-ASCII");

  @Test
  void katakanaGivesTheLettersIcusKatakanaLatinAndLatinAsciiGive() {
    // Every character a katakana run holds alone, and those of the katakana block in pairs (ッ and
    // ン read the next one, small kana join the one before, ー lengthens a vowel).
    List<String> block = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Scripts.isKatakana(c)) {
        String a = new String(Character.toChars(c));
        assertThat(letters(Names.kanaLetters(a)))
            .as(a)
            .isEqualTo(letters(ICU_KANA.transliterate(a)));
        if (c >= 0x30A0 && c <= 0x30FF) {
          block.add(a);
        }
      }
    }
    assertThat(block).hasSizeGreaterThan(90);
    for (String a : block) {
      for (String b : block) {
        String w = a + b;
        assertThat(letters(Names.kanaLetters(w)))
            .as(w)
            .isEqualTo(letters(ICU_KANA.transliterate(w)));
      }
    }
    assertThat(Names.kanaLetters("トランプ")).isEqualTo("toranpu");
    assertThat(letters(Names.kanaLetters("ゲーム"))).isEqualTo("gemu");
  }

  /** The letters a to z of {@code s} lower-cased: all a sound key reads. */
  private static String letters(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void aNameSoundsTheSameInHangulKatakanaAndLatin() {
    assertThat(Names.keys("도널드 트럼프가 기소되었다")).contains("ph:TNRT", "ph:TRMP");
    assertThat(Names.keys("ドナルド・トランプ氏")).contains("ph:TNRT", "ph:TRMP");
    assertThat(Names.keys("Donald Trump is arraigned")).contains("ph:TNRT", "ph:TRMP");
    assertThat(Names.keys("블라디미르 푸틴은")).contains("ph:PRTMR");
    assertThat(Names.keys("Vladimir Putin")).contains("ph:PRTMR");
  }

  @Test
  void chineseNamesInPinyinMatchTheirKoreanAndEnglishSpelling() {
    assertThat(Names.keys("習近平第三度擔任總書記")).contains("ph:SMPN");
    assertThat(Names.keys("시진핑이 총서기로")).contains("ph:SMPN");
    assertThat(Names.keys("Xi Jinping")).contains("ph:SMPN");
  }

  @Test
  void kanjiInJapaneseTextAreNotReadByPinyinButKeepTheirCharacterKeys() {
    assertThat(Names.keys("东京发生地震")).contains("ph:TNSN", "h:东京");
    assertThat(Names.keys("東京で地震が発生した"))
        .contains("h:东京", "h:地震")
        .noneMatch(k -> k.startsWith("ph:"));
    assertThat(Names.keys("ドナルド・トランプ氏が東京を訪問")).contains("ph:TRMP").doesNotContain("ph:TNSN");
  }

  @Test
  void acronymsAndAlphanumericNamesAreKeptAsWritten() {
    assertThat(Names.keys("핀란드가 NATO에 가입")).contains("l:nato");
    assertThat(Names.keys("聯盟MS-22發射")).contains("l:ms-22");
    assertThat(Names.keys("The Nobel Prize")).doesNotContain("l:the").contains("l:nobel");
  }

  @Test
  void aLatinWordInChineseTextMeetsTheSameEnglishWordButNotAnEnglishStopWord() {
    assertThat(Names.keys("国际计量大会引进“ronna”和“quetta”两个词头")).contains("l:ronna", "l:quetta");
    assertThat(Names.keys("The metric prefixes quetta-, ronna-, ronto- and quecto- are recognised"))
        .contains("l:ronna", "l:quetta")
        .doesNotContain("l:the", "l:and", "l:are");
    assertThat(Names.keys("The metric prefixes")).noneMatch(k -> k.length() < 5);
  }

  @Test
  void functionWordsAtTheStartOfASentenceAreNoNames() {
    assertThat(Names.keys("The")).isEmpty();
  }

  @Test
  void aCountryOrDemonymIsAPlaceKeyNotASound() {
    // "Chinese" would sound like any SNS pinyin run (神舟 shenzhou).
    assertThat(Names.keys("the Chinese Communist Party")).doesNotContain("ph:SNS");
    assertThat(Names.keys("Jiang Zemin of the Chinese Communist Party")).contains("ph:SMN");
  }

  @Test
  void aWordThatNamesANewsConceptIsNotAlsoANameBySound() {
    // Both are w:champion already; as sounds (SMPNSP) they met every other championship.
    assertThat(Names.keys("wins the MotoGP World Championship"))
        .doesNotContain("ph:SMPNSP")
        .contains("l:championship");
    assertThat(Names.keys("리그 오브 레전드 월드 챔피언십 2022에서")).doesNotContain("ph:SMPNSP");
    assertThat(Names.keys("Francesco Bagnaia wins")).contains("ph:PRNKSK");
  }

  @Test
  void anEnglishNameAlsoSoundsWithoutTheLOrRThatClosesASyllable() {
    // Chinese, Korean and Japanese mostly leave them out: 罗伯特 RPT, 梅特卡夫 MTKP, 로버트 RPT.
    assertThat(Names.keys("Robert Metcalfe wins"))
        .contains("ph:RPRT", "ph:RPT", "ph:MTKRP", "ph:MTKP");
    assertThat(Names.keys("罗伯特·梅特卡夫获得图灵奖")).contains("ph:RPT", "ph:MTKP");
    assertThat(Names.keys("로버트 케네디가")).contains("ph:RPT");
    // An r that opens a syllable stays: Rhodes and Harold are not Hodes or Hold.
    assertThat(Names.withoutClosingLiquids("Rhodes")).isEqualTo("rhodes");
    assertThat(Names.withoutClosingLiquids("Harold")).isEqualTo("harod");
    assertThat(Names.withoutClosingLiquids("Carter")).isEqualTo("cate");
  }
}
