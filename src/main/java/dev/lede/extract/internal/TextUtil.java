package dev.lede.extract.internal;

/** Character-level helpers shared by the extraction stages. */
public final class TextUtil {
  private TextUtil() {}

  /** Whitespace in the sense of Python's {@code str.isspace}, minus zero-width characters. */
  public static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u3000'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u0085'
        || c == '\u1680'
        || (c >= '\u007F' && c <= '\u009F');
  }

  /**
   * Characters that only guide layout and are no part of the words: the soft hyphen (pages that
   * hyphenate their text by script or plugin put one between every syllable: "Ita&shy;li&shy;ens"),
   * the zero-width space, the word joiner and a stray byte order mark. Zero-width joiners stay:
   * Persian and Indic spelling needs them.
   */
  public static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  /** Collapses whitespace runs to one space and trims. */
  public static String normalizeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The text in Unicode's composed form (NFC), as the web's text is compared and searched: some
   * pages carry letters as a base and a combining mark (Bengali "য়" as য + ়, a German "ü" typed
   * as u + ¨). Text without combining marks is returned as is, without loading the normaliser.
   */
  public static String nfc(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u0300') {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        }
      }
    }
    return s;
  }

  /** Whether the CSS declaration value starting after {@code from} (past a colon) is {@code v}. */
  static boolean valueAfterColonIs(String style, int from, String v) {
    int i = from;
    int n = style.length();
    while (i < n && style.charAt(i) == ' ') i++;
    if (i >= n || style.charAt(i) != ':') return false;
    i++;
    while (i < n && style.charAt(i) == ' ') i++;
    return style.regionMatches(true, i, v, 0, v.length());
  }

  /** Ideographic and syllabic scripts carry about twice the information per character. */
  static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\u3400' && c <= '\u9FFF')
        || (c >= '\uAC00' && c <= '\uD7AF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }
}
