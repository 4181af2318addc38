package dev.lede.story.crosslang.internal;

/**
 * Hangul syllables romanised by arithmetic on their jamo, letter for letter as ICU's {@code
 * Hangul-Latin; Latin-ASCII} transform writes them without its separators ("트럼프" teuleompeu, "앉아"
 * anja where ICU writes anj-a): the sound keys drop everything but letters, and ICU's rule-based
 * transform was most of a Korean article's name cost. A syllable is {@code 0xAC00 + (lead * 21 +
 * vowel) * 28 + tail} (Unicode, chapter 3.12).
 */
final class HangulLatin {
  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final String[] LEADS = {
    "g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] VOWELS = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };
  private static final String[] TAILS = {
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m",
    "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"
  };

  private HangulLatin() {}

  /** Whether every character of {@code word} is a precomposed Hangul syllable. */
  static boolean isSyllables(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < FIRST || c > LAST) {
        return false;
      }
    }
    return true;
  }

  /** The letters of {@code syllables} (precomposed Hangul only) in ICU's romanisation. */
  static String letters(CharSequence syllables) {
    StringBuilder out = new StringBuilder(syllables.length() * 4);
    for (int i = 0; i < syllables.length(); i++) {
      int s = syllables.charAt(i) - FIRST;
      out.append(LEADS[s / (21 * 28)]).append(VOWELS[s % (21 * 28) / 28]).append(TAILS[s % 28]);
    }
    return out.toString();
  }
}
