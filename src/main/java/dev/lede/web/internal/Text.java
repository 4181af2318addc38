package dev.lede.web.internal;

/**
 * Text cleaning applied to every source-derived string before it reaches a page, feed or sitemap.
 */
public final class Text {

  private Text() {}

  /**
   * Removes what HTML and XML cannot carry as text: C0 and C1 control characters other than tab,
   * line feed and carriage return, noncharacters ({@code U+FDD0-U+FDEF}, {@code U+xFFFE/F}) and
   * lone surrogates. Escaping is left to the template or XML writer.
   */
  public static String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && allowed(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i >= n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (allowed(s, i)) {
        b.appendCodePoint(cp);
      }
      i += len;
    }
    return b.toString();
  }

  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
        return false;
      }
      int cp = s.codePointAt(i);
      return (cp & 0xFFFE) != 0xFFFE;
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
  }

  private static final java.util.regex.Pattern SPACE =
      java.util.regex.Pattern.compile(
          "[\\s\\p{Z}]+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** The tag when it is a well-formed BCP 47 language tag, else {@code fallback}. */
  public static String language(String tag, String fallback) {
    String t = tag.strip();
    return LANGUAGE.matcher(t).matches() ? t : fallback;
  }

  /** {@link #clean} plus runs of white space collapsed to one space and the ends trimmed. */
  public static String line(String s) {
    return SPACE.matcher(clean(s)).replaceAll(" ").strip();
  }

  /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
  public static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }
}
