package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HangulLatinTest {
  private static final Transliterator ICU = Transliterator.getInstance("Hangul-Latin; Latin-ASCII");

  /** ICU's romanisation with its separators between ambiguous jamo ("anj-a") dropped. */
  private static String icuLetters(String hangul) {
    return ICU.transliterate(hangul).replaceAll("[^A-Za-z]", "");
  }

  @Test
  void everySyllableIsWrittenWithTheLettersIcuGivesIt() {
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      String s = String.valueOf(c);
      assertThat(HangulLatin.letters(s)).as(s).isEqualTo(icuLetters(s));
    }
  }

  @Property(tries = 2000)
  void aWordOfSyllablesIsWrittenWithTheLettersIcuGivesIt(
      @ForAll @CharRange(from = 0xAC00, to = 0xD7A3) @StringLength(min = 2, max = 6) String word) {
    assertThat(HangulLatin.letters(word)).isEqualTo(icuLetters(word));
  }

  @Test
  void namesReadAsTheirSoundsAreRomanisedAsExpected() {
    assertThat(HangulLatin.letters("트럼프")).isEqualTo("teuleompeu");
    assertThat(HangulLatin.letters("앉아")).isEqualTo("anja");
    assertThat(HangulLatin.isSyllables("트럼프")).isTrue();
    assertThat(HangulLatin.isSyllables("ㅋㅋ")).isFalse();
  }
}
