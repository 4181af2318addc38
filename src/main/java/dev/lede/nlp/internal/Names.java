package dev.lede.nlp.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names into comparison keys: case, accents, spacing and hyphenation removed. */
public final class Names {
  private Names() {}

  /**
   * Lower-cased, accent-free words separated by single spaces: {@code "LEE JAE-MYUNG"} and {@code
   * "Lee Jae-myung"} both give {@code "lee jae myung"}. Hangul and Han are kept as they are.
   */
  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(Character.toLowerCase(cp));
      } else if (cp == '\'' || cp == '\u2019' || cp == '.') {
        // "O'Brien" and "U.S." fold without a gap.
        continue;
      } else {
        space = true;
      }
    }
    // Hangul decomposed by NFKD must be recomposed, or keys would not match the surface text.
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** {@link #fold} without spaces: {@code "Lee Jae Myung"} gives {@code "leejaemyung"}. */
  public static String compactKey(String s) {
    return fold(s).replace(" ", "");
  }

  /** True for a word written in capitals only, with at least two letters ("THAAD", "EU"). */
  public static boolean isAllCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
