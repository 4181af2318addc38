package dev.lede.story.crosslang.internal;

/** Script tests and the simplified form of Chinese shared by the anchor extractors. */
final class Scripts {
  private Scripts() {}

  // Below these code points no character is Hangul, Han or kana: most text is decided without
  // the script table's binary search.
  private static final int FIRST_HANGUL = 0x1100;
  private static final int FIRST_HAN_OR_KANA = 0x2E80;

  static boolean isHangul(int c) {
    return c >= FIRST_HANGUL && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  static boolean isKana(int c) {
    if (c < FIRST_HAN_OR_KANA) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HIRAGANA
        || c == 'ー';
  }

  static boolean isKatakana(int c) {
    return c >= FIRST_HAN_OR_KANA
            && Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
        || c == 'ー';
  }

  static boolean isHan(int c) {
    return c >= FIRST_HAN_OR_KANA && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean isCjk(int c) {
    return isHan(c) || isKana(c) || isHangul(c);
  }

  /** Whether {@code text} holds a Hangul, Han or kana character. */
  static boolean hasCjk(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isCjk(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with traditional Chinese characters in their simplified form (ICU's). */
  static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isHan(text.charAt(i))) {
        return HanForms.simplified(text);
      }
    }
    return text;
  }

  /**
   * The same, run of Han characters by run: only Han characters change (a Japanese text's kana and
   * punctuation stay as written).
   */
  static String simplifiedRuns(String text) {
    StringBuilder out = null;
    int last = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isHan(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      while (i < n && isHan(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String run = text.substring(start, i);
      String s = HanForms.simplified(run);
      if (!s.equals(run)) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, last, start).append(s);
        last = i;
      }
    }
    return out == null ? text : out.append(text, last, n).toString();
  }
}
