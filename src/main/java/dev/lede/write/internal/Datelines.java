package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a page came out, from the dateline it carries on a line of its own at its top ("November
 * 28, 2005", "Last Updated: Monday, 28 November 2005, 02: 24 GMT", "Sun, 15 Sep 2013", "published:
 * 2012 - 04 - 04 11: 47: 35"): pasted pages and corpora such as ECB+ carry no metadata, and a story
 * of their reports could neither run in time order nor say when an outlet reported what. A date in
 * a sentence of prose dates an event ("escaped on March 11, 2005, after ..."), not the page, and is
 * not read; nor is an all-numeric day other than year first ("4 / 9 / 2007" is April or September).
 */
final class Datelines {
  private Datelines() {}

  /** Lines at the top of a page where its dateline stands (title, standfirst, byline, date). */
  static final int TOP_LINES = 4;

  /**
   * Words of letters a dateline's line holds besides its date ("Posted", "Last Updated", "GMT").
   */
  static final int LINE_WORDS = 8;

  private static final String MONTH = "([A-Z][a-z]{2,8})\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /** "November 28, 2005", "Nov 27, 2005", "Apr 12 2007", "December 15th, 2008". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + " " + DAY + ",? " + YEAR + "\\b");

  /** "28 November 2005", "Sun, 15 Sep 2013", "9 September 2013, 14: 08". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + " " + MONTH + ",? " + YEAR + "\\b");

  /** "2012 - 04 - 04", "2012-04-04". */
  private static final Pattern ISO =
      Pattern.compile("\\b" + YEAR + " ?- ?(\\d\\d) ?- ?(\\d\\d)\\b");

  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}{2,}");

  /** The day of the dateline at the top of {@code text}, when one of its first lines is one. */
  static Optional<LocalDate> of(String text) {
    String[] lines = text.split("\n", TOP_LINES + 1);
    for (int i = 0; i < Math.min(TOP_LINES, lines.length); i++) {
      Optional<LocalDate> day = onLine(lines[i]);
      if (day.isPresent()) {
        return day;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> onLine(String line) {
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
      Matcher m = p.matcher(line);
      if (!m.find()) {
        continue;
      }
      Optional<LocalDate> day = day(p, m);
      if (day.isPresent() && words(line.replace(m.group(), " ")) <= LINE_WORDS) {
        return day;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(Pattern p, Matcher m) {
    try {
      if (p == ISO) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      boolean monthFirst = p == MONTH_DAY_YEAR;
      int month = EnglishWords.month(m.group(monthFirst ? 1 : 2));
      int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
      return month == 0
          ? Optional.empty()
          : Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30": no day
    }
  }

  private static long words(String s) {
    return LETTER_WORD.matcher(s).results().count();
  }
}
