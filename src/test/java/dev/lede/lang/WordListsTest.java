package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

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

  @Test
  void messageRowsKeepALeadingSpaceWrittenEscapedAndJoinContinuedLines() {
    var rows = WordLists.properties(WordListsTest.class, "test-messages.properties");

    assertThat(rows)
        .containsOnly(
            entry("plain", "one"),
            entry("leading", " space kept"),
            entry("long", "runs on the next line"),
            entry("korean", "기사 {0,number,integer}건"));
  }

  @Test
  void aMissingMessageFileIsNamed() {
    assertThatThrownBy(() -> WordLists.properties(WordLists.class, "no-such.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource no-such.properties next to dev.lede.lang.WordLists");
  }
}
