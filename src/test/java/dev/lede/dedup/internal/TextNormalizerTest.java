package dev.lede.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void foldsCaseCollapsesWhitespaceAndTurnsPunctuationIntoSpaces() {
    assertThat(TextNormalizer.normalize("  Hello,\tWORLD!\n\n“Quoted”  — dash  "))
        .isEqualTo("hello world quoted dash");
  }

  @Test
  void appliesNfkcAndFullCaseFolding() {
    assertThat(TextNormalizer.normalize("ＦＵＬＬ width ﬁne Straße ΣΊΣΥΦΟΣ"))
        .isEqualTo("full width fine strasse σίσυφος");
    assertThat(TextNormalizer.normalize("σίσυφοσ")).isEqualTo(TextNormalizer.normalize("ΣΊΣΥΦΟΣ"));
  }

  @Test
  void dropsFormatCharactersWithoutSplittingWords() {
    assertThat(TextNormalizer.normalize("zero\u200Bwidth soft\u00ADhyphen \uFEFFbom"))
        .isEqualTo("zerowidth softhyphen bom");
  }

  @Test
  void setsSymbolsApartSoSpacingAroundThemDoesNotMatter() {
    assertThat(TextNormalizer.normalize("£0.79")).isEqualTo(TextNormalizer.normalize("£ 0.79"));
    assertThat(TextNormalizer.normalize("Wal - Mart"))
        .isEqualTo(TextNormalizer.normalize("Wal-Mart"));
  }

  @Test
  void splitsHanAndKanaRunsIntoBigramsButKeepsKoreanWords() {
    assertThat(TextNormalizer.words("東京都に行く")).containsExactly("東京", "京都", "都に", "に行", "行く");
    assertThat(TextNormalizer.words("iPhone発売 버락 오바마"))
        .containsExactly("iphone", "発売", "버락", "오바마");
    assertThat(TextNormalizer.words("中")).containsExactly("中");
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoWords() {
    assertThat(TextNormalizer.words("")).isEmpty();
    assertThat(TextNormalizer.words(" ... !!! ")).isEmpty();
  }
}
