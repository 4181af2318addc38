package dev.lede.extract.internal;

import dev.lede.lang.WordLists;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that only give a date, perhaps with a time and one label word ("23.10.2018", "Stand: 05.
 * Februar 2020", "2021-10-16 | Botschaft", "16 marca 2021"), and publication rows of a date beside
 * a source or author name: the publication or update line of a page, which is metadata ({@code
 * ExtractedPage.published}), not body text. Month, weekday and joining words are a word list
 * ({@code date-words.txt}).
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

  /** Longest publication row (characters) read as a date line. */
  static final int ROW_MAX = 200;

  /** Most words of a row's part that is not a date: a source or author name, "By ...". */
  static final int ROW_PART_WORDS = 8;

  /** Other words a row's date part may hold ("Updated", "Mis à jour le ..."). */
  static final int ROW_DATE_OTHERS = 3;

  private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s+[/–—]\\s+|\\s*[|•·]\\s*");

  /**
   * Whether {@code line} is a date with at most one other word, or a publication row: parts joined
   * by separators ({@code |}, {@code •}, {@code ·}, a spaced slash or dash), one of them a date,
   * the others short names without a sentence ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le
   * 05.05.2015 à 20h13 | Par ...", "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM
   * UTC"). News sites print that row above or below every article in their own words, so it is read
   * by its shape, not by a word list.
   */
  static boolean matches(String line) {
    if (line.length() <= MAX && dateWith(line, 1)) return true;
    return line.length() <= ROW_MAX && hasSeparator(line) && isRow(line);
  }

  private static boolean hasSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '•' || c == '·' || c == '/' || c == '–' || c == '—') return true;
    }
    return false;
  }

  private static boolean isRow(String line) {
    String[] parts = ROW_SEPARATOR.split(line.strip());
    if (parts.length < 2) return false;
    boolean date = false;
    for (String p : parts) {
      String s = p.strip();
      if (s.isEmpty()) continue;
      if (dateWith(s, ROW_DATE_OTHERS)) {
        date = true;
        continue;
      }
      if (s.split("\\s+").length > ROW_PART_WORDS) return false;
      char last = s.charAt(s.length() - 1);
      if (last == '.' || last == '!' || last == '?') return false;
    }
    return date;
  }

  private static boolean dateWith(String line, int maxOthers) {
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
    if (numbers == 0 || numbers > 6 || others > maxOthers) return false;
    return month || NUMERIC_DATE.matcher(t).find();
  }
}
