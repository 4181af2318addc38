package dev.lede.lang;

import java.util.Objects;

/**
 * How many letters of a text are written in each script that tells languages apart: the one script
 * count, which {@link LanguageDetector} decides languages on and the story clusterer its analysis
 * chain on.
 *
 * @param letters every letter
 * @param latin Latin letters
 * @param hangul Hangul letters
 * @param han Han ideographs
 * @param kana Hiragana and Katakana
 * @param cyrillic Cyrillic letters
 * @param greek Greek letters
 * @param arabic Arabic letters
 * @param hebrew Hebrew letters
 * @param thai Thai letters
 * @param devanagari Devanagari letters
 */
public record ScriptCounts(
    int letters,
    int latin,
    int hangul,
    int han,
    int kana,
    int cyrillic,
    int greek,
    int arabic,
    int hebrew,
    int thai,
    int devanagari) {

  /** The letters of the whole of {@code text}, counted by script. */
  public static ScriptCounts of(CharSequence text) {
    return of(text, text.length());
  }

  /** The letters of the first {@code limit} chars of {@code text}, counted by script. */
  public static ScriptCounts of(CharSequence text, int limit) {
    Objects.requireNonNull(text, "text");
    int end = Math.min(limit, text.length());
    int[] n = new int[11];
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      // Fast paths for what most text is made of: ASCII and precomposed Hangul syllables.
      if (c < 0x80) {
        i++;
        char lower = (char) (c | 0x20);
        if (lower >= 'a' && lower <= 'z') {
          n[0]++;
          n[1]++;
        }
        continue;
      }
      if (c >= 0xAC00 && c <= 0xD7A3) {
        i++;
        n[0]++;
        n[2]++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        n[0]++;
        int k = slot(Character.UnicodeScript.of(cp));
        if (k > 0) {
          n[k]++;
        }
      }
    }
    return new ScriptCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10]);
  }

  /** Letters in Hangul, Han or kana. */
  public int cjk() {
    return hangul + han + kana;
  }

  private static int slot(Character.UnicodeScript s) {
    return switch (s) {
      case LATIN -> 1;
      case HANGUL -> 2;
      case HAN -> 3;
      case HIRAGANA, KATAKANA -> 4;
      case CYRILLIC -> 5;
      case GREEK -> 6;
      case ARABIC -> 7;
      case HEBREW -> 8;
      case THAI -> 9;
      case DEVANAGARI -> 10;
      default -> 0;
    };
  }
}
