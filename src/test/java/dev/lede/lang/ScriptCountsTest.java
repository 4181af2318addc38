package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ScriptCountsTest {
  @Test
  void countsEachLetterInItsScriptAndSkipsWhatIsNotALetter() {
    ScriptCounts c = ScriptCounts.of("Seoul 서울, 東京 とうきょう, Москва 2024!");

    assertThat(c.latin()).isEqualTo(5);
    assertThat(c.hangul()).isEqualTo(2);
    assertThat(c.han()).isEqualTo(2);
    assertThat(c.kana()).isEqualTo(5);
    assertThat(c.cyrillic()).isEqualTo(6);
    assertThat(c.letters()).isEqualTo(20);
    assertThat(c.cjk()).isEqualTo(9);
  }

  @Test
  void aLimitCountsOnlyTheCharsBeforeIt() {
    assertThat(ScriptCounts.of("abc 서울", 3).letters()).isEqualTo(3);
    assertThat(ScriptCounts.of("abc", 99).letters()).isEqualTo(3);
  }

  /** The fast paths for ASCII and Hangul syllables count as the Unicode script tables do. */
  @Property(tries = 300)
  void theFastPathsAgreeWithTheUnicodeScriptOfEachLetter(
      @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 0xFFFF) String text) {
    int latin = 0;
    int hangul = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        latin += s == Character.UnicodeScript.LATIN ? 1 : 0;
        hangul += s == Character.UnicodeScript.HANGUL ? 1 : 0;
      }
    }
    ScriptCounts c = ScriptCounts.of(text);
    assertThat(c.letters()).isEqualTo(letters);
    assertThat(c.latin()).isEqualTo(latin);
    assertThat(c.hangul()).isEqualTo(hangul);
  }
}
