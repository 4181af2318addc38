package dev.lede.nlp;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a tokeniser split and joined again with a space after every token's punctuation, as in
 * ECB+: "2, 000ft" for "2,000ft", "magnitude 6. 1" for "6.1", "the U. S. Geological Survey" for
 * "U.S.". A text is <em>tokenised</em> when it holds at least one such spaced form and not one
 * joined form of any of the three (a digit, comma and three digits; a digit, period and digit; two
 * capital initials): a source that writes "2,000" or "U.S." anywhere wrote its spaced forms on
 * purpose ("Far Cry 2, 999", "George R. R. Martin"). Only the three forms are joined, nothing else
 * (not "9: 40", not "90 - day").
 */
public final class TokenisedText {
  private TokenisedText() {}

  /**
   * "2, 000", "1, 200, 000": one to three digits, then groups of a comma, a space and three digits.
   * Not after a digit or a figure's comma or period (a year's "2005, 300" has four).
   */
  private static final Pattern SPACED_THOUSANDS =
      Pattern.compile("(?<![\\d.,])\\d{1,3}(?:, \\d{3})+(?!\\d)");

  /**
   * "6. 1", "$368. 0", "9. 25", "1,234. 5": a whole number of one to three digits (grouped
   * thousands after them, joined or not), a period, a space and one or two digits.
   */
  private static final Pattern SPACED_DECIMAL =
      Pattern.compile("(?<![\\d.,])\\d{1,3}(?:, ?\\d{3})*\\. \\d{1,2}(?!\\d)");

  /** "U. S.", "L. A.", "D. A.": a run of single capitals, each followed by a period. */
  private static final Pattern SPACED_INITIALS =
      Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}\\.(?: \\p{Lu}\\.)+(?![\\p{L}\\p{N}])");

  /** Any of the three joined: "2,000", "6.1", "U.S.". */
  private static final Pattern JOINED =
      Pattern.compile("\\d,\\d{3}(?!\\d)|\\d\\.\\d|(?<![\\p{L}\\p{N}.])\\p{Lu}\\.\\p{Lu}\\.");

  /** Whether {@code text} writes figures and initials spaced and never joined (see above). */
  public static boolean isTokenised(String text) {
    Objects.requireNonNull(text, "text");
    return (SPACED_THOUSANDS.matcher(text).find()
            || SPACED_DECIMAL.matcher(text).find()
            || SPACED_INITIALS.matcher(text).find())
        && !JOINED.matcher(text).find();
  }

  /**
   * {@code text} with its spaced figures and initials joined ("2, 000ft" to "2,000ft", "6. 1" to
   * "6.1", "U. S." to "U.S."); only for text from a {@link #isTokenised tokenised} source.
   */
  public static String joined(String text) {
    Objects.requireNonNull(text, "text");
    String out = removeSpaces(SPACED_THOUSANDS, text);
    out = removeSpaces(SPACED_DECIMAL, out);
    return removeSpaces(SPACED_INITIALS, out);
  }

  /**
   * Whether the period at {@code dot} of a tokenised text is a decimal point ("the 6. 1 - magnitude
   * quake"), not the end of a sentence.
   */
  public static boolean isSpacedDecimalPoint(String text, int dot) {
    int from = dot;
    while (from > 0 && Character.isDigit(text.charAt(from - 1))) {
      from--;
    }
    if (from == dot) {
      return false;
    }
    Matcher m = SPACED_DECIMAL.matcher(text).region(from, text.length());
    m.useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt() && m.end() > dot;
  }

  private static String removeSpaces(Pattern p, String text) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(m.group().replace(" ", "")));
    }
    return m.appendTail(b).toString();
  }
}
