package dev.lede.story.crosslang.internal;

import com.ibm.icu.text.Transliterator;

/** Script tests and ICU transforms shared by the anchor extractors. */
final class Scripts {
  // ICU transliterators keep state while transforming: one per thread.
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private Scripts() {}

  static boolean isHangul(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  static boolean isKana(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HIRAGANA
        || c == 'ー';
  }

  static boolean isKatakana(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー';
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean isCjk(int c) {
    return isHan(c) || isKana(c) || isHangul(c);
  }

  /** {@code text} with traditional Chinese characters in their simplified form. */
  static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isHan(text.charAt(i))) {
        return TO_SIMPLIFIED.get().transliterate(text);
      }
    }
    return text;
  }
}
