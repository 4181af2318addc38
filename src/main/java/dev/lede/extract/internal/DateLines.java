package dev.lede.extract.internal;

import dev.lede.lang.WordLists;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that only give a date, perhaps with a time and one label word ("23.10.2018", "Stand: 05.
 * Februar 2020", "2021-10-16 | Botschaft", "16 marca 2021"): the publication or update line of a
 * page, which is metadata ({@code ExtractedPage.published}), not body text. Month, weekday and
 * joining words are a word list ({@code date-words.txt}).
 */
final class DateLines {
  /** Longest line (characters) read as a date line. */
  static final int MAX = 60;

  private static final Map<String, Set<String>> WORDS =
      WordLists.sections(DateLines.class, "date-words.txt");
  private static final Set<String> MONTHS = WORDS.get("months");
  private static final Set<String> WEEKDAYS = WORDS.get("weekdays");
  private static final Set<String> JOINERS = WORDS.get("joiners");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}[./]\\d{1,2}[./](\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2})(?!\\d)");

  private DateLines() {}

  /** Whether {@code line} is a date with at most one other word. */
  static boolean matches(String line) {
    if (line.length() > MAX) return false;
    String t = line.toLowerCase(Locale.ROOT);
    boolean month = false;
    int numbers = 0;
    int others = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        while (i < n && Character.isDigit(t.charAt(i))) i++;
        numbers++;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(t.charAt(i))) i++;
        String w = t.substring(start, i);
        if (MONTHS.contains(w)) month = true;
        else if (!WEEKDAYS.contains(w) && !JOINERS.contains(w)) others++;
      } else {
        i++;
      }
    }
    if (numbers == 0 || numbers > 6 || others > 1) return false;
    return month || NUMERIC_DATE.matcher(t).find();
  }
}
