package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void everyCodePointHasTheScriptUnicodeGivesIt() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      assertThat(Scripts.isHan(c)).as("U+%X", c).isEqualTo(s == Character.UnicodeScript.HAN);
      assertThat(Scripts.isHangul(c)).as("U+%X", c).isEqualTo(s == Character.UnicodeScript.HANGUL);
      boolean kana = s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
      assertThat(Scripts.isKanaScript(c)).as("U+%X", c).isEqualTo(kana);
      assertThat(Scripts.isKana(c)).as("U+%X", c).isEqualTo(kana || c == 'ー');
      assertThat(Scripts.isKatakana(c))
          .as("U+%X", c)
          .isEqualTo(s == Character.UnicodeScript.KATAKANA || c == 'ー');
      assertThat(Scripts.isLatin(c)).as("U+%X", c).isEqualTo(s == Character.UnicodeScript.LATIN);
      assertThat(Scripts.isCjk(c))
          .as("U+%X", c)
          .isEqualTo(
              s == Character.UnicodeScript.HAN
                  || s == Character.UnicodeScript.HANGUL
                  || kana
                  || c == 'ー');
    }
  }

  @Property(tries = 3000)
  void latinWordsAreWhatTheirPatternFinds(@ForAll("latinish") String text) {
    assertThat(runs(text, Scripts.latinWords(text)))
        .isEqualTo(matches(text, "[\\p{IsLatin}][\\p{IsLatin}.'’-]*"));
  }

  @Test
  void latinWordsOfEveryDemoMixArticleAreWhatTheirPatternFinds() throws Exception {
    for (dev.lede.story.StoryInput a : dev.lede.bench.ClusterMixBenchAccess.inputs()) {
      String text = a.title() + "\n" + a.text();
      assertThat(runs(text, Scripts.latinWords(text)))
          .as(a.id())
          .isEqualTo(matches(text, "[\\p{IsLatin}][\\p{IsLatin}.'’-]*"));
    }
  }

  /**
   * Latin letters (fullwidth, accented, beyond the basic plane), the marks a word holds, others.
   */
  @Provide
  Arbitrary<String> latinish() {
    return Arbitraries.of(
            "a", "Z", "é", "Ａ", "\uD837\uDF00", ".", "'", "’", "-", " ", "漢", "3", "\uD800", "ª")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void runsAreWhatTheScriptPatternsFind(@ForAll("mixed") String text) {
    assertThat(runs(text, Scripts::isHan)).isEqualTo(matches(text, "\\p{IsHan}+"));
    assertThat(runs(text, Scripts::isHangul)).isEqualTo(matches(text, "\\p{IsHangul}+"));
    assertThat(runs(text, Scripts::isKatakana)).isEqualTo(matches(text, "[\\p{IsKatakana}ー]+"));
    assertThat(Scripts.any(text, Scripts::isKanaScript))
        .isEqualTo(Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]").matcher(text).find());
  }

  @Property(tries = 2000)
  void aStrippedPrefixIsTheStartOfTheStrippedText(
      @ForAll("spaced") String text, @ForAll @net.jqwik.api.constraints.IntRange(max = 8) int max) {
    String stripped = text.strip();
    assertThat(Scripts.strippedPrefix(text, max))
        .isEqualTo(stripped.substring(0, Math.min(max, stripped.length())));
  }

  /** Text with ASCII and ideographic spaces, newlines, a surrogate pair and a lone surrogate. */
  @Provide
  Arbitrary<String> spaced() {
    return Arbitraries.of(" ", "\n", "\u3000", "a", "漢", "𠀋", "\uD800", ".")
        .list()
        .ofMaxSize(14)
        .map(l -> String.join("", l));
  }

  @Test
  void aHanCharacterBeyondTheBasicPlaneIsPartOfItsRun() {
    String text = "a𠀋𠀋b漢";
    assertThat(runs(text, Scripts::isHan)).containsExactly("𠀋𠀋", "漢");
  }

  private static List<String> runs(String text, Scripts.CodePoints in) {
    return runs(text, Scripts.runs(text, in));
  }

  private static List<String> runs(String text, int[] r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.length; i += 2) {
      out.add(text.substring(r[i], r[i + 1]));
    }
    return out;
  }

  private static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Text of Han (some beyond the basic plane), Hangul, kana, ー, Latin and a lone surrogate. */
  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.of(
            "漢", "字", "𠀋", "한", "국", "ㄱ", "か", "カ", "ー", "ｶ", "a", " ", "。", "3", "\uD800", "・")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }
}
