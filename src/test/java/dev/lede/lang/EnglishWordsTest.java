package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
  @Test
  void monthNamesAndAbbreviationsGiveTheirMonthInAnyCaseWithATrailingDot() {
    assertThat(EnglishWords.month("January")).isEqualTo(1);
    assertThat(EnglishWords.month("SEPT.")).isEqualTo(9);
    assertThat(EnglishWords.month("may")).isEqualTo(5);
    assertThat(EnglishWords.month("Dec")).isEqualTo(12);
    assertThat(EnglishWords.month("Juni")).isZero();
  }

  @Test
  void abbreviationsLeaveOutMayWhichIsAName() {
    assertThat(EnglishWords.monthAbbreviations())
        .contains("jan", "sep", "sept")
        .doesNotContain("may");
  }

  @Test
  void theMonthPatternMatchesWholeNamesBeforeTheirAbbreviationsAndIsCaseSensitive() {
    Pattern p = Pattern.compile(EnglishWords.monthPattern());
    var m = p.matcher("on June 5 and Sept. 9");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("June");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("Sept.");
    assertThat(p.matcher("they may go").find()).isFalse();
    assertThat(Pattern.compile(EnglishWords.fullMonthPattern()).matcher("Jan 5").find()).isFalse();
  }

  @Test
  void weekdaysComeMondayFirstWithTheirAbbreviationsAsWords() {
    assertThat(EnglishWords.weekdayNames()).hasSize(7).startsWith("monday").endsWith("sunday");
    assertThat(EnglishWords.weekdayWords()).contains("friday", "thurs", "sun").hasSize(17);
    Pattern p = Pattern.compile("\\b" + EnglishWords.anyWeekday() + "\\b");
    var m = p.matcher("police said Thursday and friday");
    assertThat(m.groupCount()).isZero();
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("Thursday");
    assertThat(m.find()).isFalse();
  }

  @Test
  void fullMonthNamesComeInCalendarOrderAndAnyFullMonthCapturesNothing() {
    var m = Pattern.compile(EnglishWords.anyFullMonth() + " (\\d+)").matcher("on May 5");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("5");
    assertThat(EnglishWords.fullMonthNames())
        .hasSize(12)
        .startsWith("january")
        .contains("may")
        .endsWith("december");
  }

  @Test
  void cardinalsAndPluralsCountButOrdinalsDoNot() {
    assertThat(EnglishWords.count("Twelve")).isEqualTo(OptionalLong.of(12));
    assertThat(EnglishWords.count("dozens")).isEqualTo(OptionalLong.of(12));
    assertThat(EnglishWords.count("thousands")).isEqualTo(OptionalLong.of(1000));
    assertThat(EnglishWords.count("twelfth")).isEmpty();
    assertThat(EnglishWords.count("twelves")).isEmpty();
  }

  @Test
  void everyValueFromZeroToTwentyHasACardinalAndAnOrdinal() {
    for (long v = 0; v <= 20; v++) {
      long value = v;
      assertThat(EnglishWords.numbers())
          .filteredOn(n -> n.value() == value)
          .extracting(EnglishWords.NumberWord::form)
          .contains(EnglishWords.Form.CARDINAL, EnglishWords.Form.ORDINAL);
    }
  }

  @Test
  void aWordPatternPrefersTheLongerWord() {
    var m =
        Pattern.compile("\\b" + EnglishWords.pattern(java.util.Set.of("seven", "seventeen")))
            .matcher("seventeen");
    assertThat(m.lookingAt()).isTrue();
    assertThat(m.group()).isEqualTo("seventeen");
  }
}
