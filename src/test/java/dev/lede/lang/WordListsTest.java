package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void sectionsAreReadInFileOrderLowerCasedWithCommentsAndBlankLinesSkipped() {
    var profiles = WordLists.sections(LanguageDetector.class, "stopwords.txt");
    assertThat(profiles.keySet()).startsWith("en", "de");
    assertThat(profiles.get("en")).contains("the", "of").allMatch(w -> w.equals(w.toLowerCase()));
    assertThat(profiles.values()).noneMatch(s -> s.stream().anyMatch(w -> w.startsWith("#")));
  }

  @Test
  void aListOfOneWordALineIsReadFromAnyPackagesResources() {
    assertThat(WordLists.words(WordLists.class, "/dev/lede/write/internal/singular-name-ends.txt"))
        .isNotEmpty()
        .allMatch(w -> !w.isBlank() && !w.startsWith("#"));
  }

  @Test
  void aMissingListIsNamed() {
    assertThatThrownBy(() -> WordLists.lines(WordLists.class, "no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource no-such-list.txt next to dev.lede.lang.WordLists");
  }
}
