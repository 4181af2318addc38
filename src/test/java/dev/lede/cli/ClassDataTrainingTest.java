package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The class-data training pages take the paths they are there for: a page that fails to decode or
 * gives no text would train nothing of those paths, silently.
 */
class ClassDataTrainingTest {
  private static ExtractedPage page(int i) {
    return Extractor.extract(
        ClassDataTraining.VARIED.get(i), Optional.empty(), "https://example.org/" + i);
  }

  @Test
  void legacyCharsetPagesAreDecodedByTheirDeclaredCharsets() {
    assertThat(page(0).text()).contains("Hafenbrücke", "Bürgermeisterin");
    assertThat(page(1).text()).contains("zdecydowała", "przeprawę");
    assertThat(page(2).text()).contains("市议会星期二投票决定重建");
  }

  @Test
  void aPageWithoutADeclaredLanguageHasItsLanguageDetected() {
    ExtractedPage p = page(0);

    assertThat(p.language()).contains("de");
    assertThat(p.published()).isPresent();
    assertThat(p.byline()).contains("Anna Schmidt");
  }

  @Test
  void aPageWhoseTitleIsOnlyItsHeadlineGetsThatTitle() {
    assertThat(page(1).title()).contains("Rada miasta zbuduje nowy most");
  }

  @Test
  void theLongPageKeepsItsArticleAndDropsItsCommentsAndCookieBanner() {
    ExtractedPage p = page(4);

    assertThat(p.text()).contains("What happens next", "three years to build");
    assertThat(p.text()).doesNotContain("Great news, finally", "We use cookies");
    assertThat(p.byline()).isPresent();
  }

  @Test
  void everyTrainingPageGivesText() {
    List<byte[]> pages = ClassDataTraining.VARIED;
    for (int i = 0; i < pages.size(); i++) {
      assertThat(page(i).text()).as("training page %d", i).isNotBlank();
    }
  }
}
