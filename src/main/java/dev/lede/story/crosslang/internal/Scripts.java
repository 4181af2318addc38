package dev.lede.story.crosslang.internal;

/** Script tests and the simplified form of Chinese shared by the anchor extractors. */
final class Scripts {
  // Below these code points no character is Hangul, Han or kana.
  private static final int FIRST_HANGUL = 0x1100;
  private static final int FIRST_HAN_OR_KANA = 0x2E80;
  private static final byte IS_OTHER = 0;
  private static final byte IS_HANGUL = 1;
  private static final byte IS_HAN = 2;
  private static final byte IS_HIRAGANA = 3;
  private static final byte IS_KATAKANA = 4;
  private static final byte IS_LATIN = 5;
  // The script of every char, looked up once: Character.UnicodeScript.of is a binary search over
  // the script ranges, and it ran for every Hangul, Han and kana character of every text (in the
  // scans here and in \p{IsHan}-style patterns).
  private static final byte[] BMP = bmp();

  private static byte[] bmp() {
    byte[] out = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      out[c] = of(c);
    }
    return out;
  }

  private static byte of(int c) {
    return switch (Character.UnicodeScript.of(c)) {
      case HANGUL -> IS_HANGUL;
      case HAN -> IS_HAN;
      case HIRAGANA -> IS_HIRAGANA;
      case KATAKANA -> IS_KATAKANA;
      case LATIN -> IS_LATIN;
      default -> IS_OTHER;
    };
  }

  private Scripts() {}

  private static byte script(int c) {
    return c <= Character.MAX_VALUE ? BMP[c] : of(c);
  }

  /** Latin script, as {@code \\p{IsLatin}} (fullwidth letters too). */
  static boolean isLatin(int c) {
    return script(c) == IS_LATIN;
  }

  /**
   * The words {@code [\\p{IsLatin}][\\p{IsLatin}.'’-]*} finds in {@code text}, left to right, as
   * {@code [start, end)} char offsets in pairs, without the pattern (whose script test is a binary
   * search per char, and it ran over every char of every CJK text).
   */
  static int[] latinWords(CharSequence text) {
    int[] runs = runs(text, c -> isLatin(c) || c == '.' || c == '\'' || c == '’' || c == '-');
    int count = 0;
    for (int r = 0; r < runs.length; r += 2) {
      int start = runs[r];
      // A word starts at its first letter: the stops, apostrophes and hyphens before it are not in
      // it.
      while (start < runs[r + 1] && !isLatin(Character.codePointAt(text, start))) {
        start++;
      }
      if (start < runs[r + 1]) {
        runs[count++] = start;
        runs[count++] = runs[r + 1];
      }
    }
    return java.util.Arrays.copyOf(runs, count);
  }

  static boolean isHangul(int c) {
    return c >= FIRST_HANGUL && script(c) == IS_HANGUL;
  }

  static boolean isKana(int c) {
    if (c < FIRST_HAN_OR_KANA) {
      return false;
    }
    byte s = script(c);
    return s == IS_KATAKANA || s == IS_HIRAGANA || c == 'ー';
  }

  /** Hiragana or katakana by script alone (not the prolonged sound mark ー, which is common). */
  static boolean isKanaScript(int c) {
    if (c < FIRST_HAN_OR_KANA) {
      return false;
    }
    byte s = script(c);
    return s == IS_KATAKANA || s == IS_HIRAGANA;
  }

  static boolean isKatakana(int c) {
    return c >= FIRST_HAN_OR_KANA && script(c) == IS_KATAKANA || c == 'ー';
  }

  static boolean isHan(int c) {
    return c >= FIRST_HAN_OR_KANA && script(c) == IS_HAN;
  }

  /** Han, kana (ー too) or Hangul: {@code isHan(c) || isKana(c) || isHangul(c)}, one look-up. */
  static boolean isCjk(int c) {
    // Asked of every char of every text by several readers: the table read once, not thrice.
    if (c < FIRST_HANGUL) {
      return false;
    }
    byte s = script(c);
    return s == IS_HANGUL
        || c >= FIRST_HAN_OR_KANA
            && (s == IS_HAN || s == IS_KATAKANA || s == IS_HIRAGANA || c == 'ー');
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

  /**
   * The first {@code max} chars of {@code text.strip()} (all of it when shorter), without copying
   * the whole text as {@code strip} does: a lead or a dateline is read from a long article's start.
   */
  static String strippedPrefix(String text, int max) {
    int n = text.length();
    int start = 0;
    while (start < n && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = n;
    while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, Math.min(end, start + max));
  }

  /** Which code points a run is made of. */
  @FunctionalInterface
  interface CodePoints {
    boolean test(int codePoint);
  }

  /**
   * The maximal runs of code points {@code in} accepts, left to right, as {@code [start, end)} char
   * offsets in pairs: what a pattern such as {@code \\p{IsHan}+} finds, without the pattern.
   */
  static int[] runs(CharSequence text, CodePoints in) {
    int[] out = new int[8];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = Character.codePointAt(text, i);
      if (!in.test(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(c);
      } while (i < n && in.test(c = Character.codePointAt(text, i)));
      if (count + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[count++] = start;
      out[count++] = i;
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** Whether some code point of {@code text} is one {@code in} accepts. */
  static boolean any(CharSequence text, CodePoints in) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = Character.codePointAt(text, i);
      if (in.test(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
