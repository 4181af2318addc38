package dev.lede.story.crosslang.internal;

import dev.lede.lang.EnglishWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and calendar days written in any of English, Korean, Japanese and Chinese, as keys that
 * are equal across them: {@code n:3000} for "3,000", "三千", "3千" and "3천"; {@code n:12000} for "1만
 * 2천" and "一万二千"; {@code n:3000000} for "3 million" and "300万"; {@code d:09-21} for "September 21",
 * "21 September", "9월 21일" and "9月21日".
 */
public final class Numbers {
  private static final String CJK_DIGITS = "〇零一二两兩三四五六七八九";
  private static final String CJK_UNITS = "十拾百佰千仟万萬亿億";
  // Below this no character is a Chinese numeral (〇 is U+3007).
  private static final char FIRST_CJK = '\u3007';
  private static final Pattern ARABIC_WITH_UNITS =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
              + "(\\s*(?:[십백천만억조]|[十百千万萬亿億]|(?:hundred|thousand|million|billion|trillion)\\b)"
              + "(?:\\s*\\d*\\s*[십백천만억조]|\\s*[十百千万萬亿億])*)?",
          Pattern.CASE_INSENSITIVE);
  private static final String MONTHS = EnglishWords.monthPattern();
  // A month name's first letters: tried before the names, it fails most positions at once, where
  // the names were tried one by one at each (the costliest pattern of an English article's
  // anchors).
  private static final String MONTH_START = "(?=[" + firstLetters(EnglishWords.monthNames()) + "])";
  private static final Pattern EN_MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH_START + MONTHS + "\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EN_DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CJK_MONTH_DAY =
      Pattern.compile(
          "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[月월]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日일]");

  // Chars an EN_MONTH_DAY match starts with (a month name's first letter, either case) and the
  // Chinese numerals a CJK_MONTH_DAY one may start with.
  private static final String MONTH_LETTERS =
      firstLetters(EnglishWords.monthNames()).toLowerCase(Locale.ROOT)
          + firstLetters(EnglishWords.monthNames()).toUpperCase(Locale.ROOT);
  private static final String SMALL_CJK = "一二三四五六七八九十";

  private static final Pattern UNIT_PART =
      Pattern.compile("(\\d+)?([십백천만억조十百千万萬亿億]|hundred|thousand|million|billion|trillion)");
  // Values of CJK_DIGITS, in its order.
  private static final int[] CJK_VALUES = {0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9};

  // Spelled-out numbers from two to a thousand ("one" is mostly not a quantity).
  private static final Set<String> NUMBER_WORDS =
      EnglishWords.numberWords(
          n -> n.form() == EnglishWords.Form.CARDINAL && n.value() >= 2 && n.value() <= 1000);
  // Package-private for NumbersTest, which holds findAll to find() on it.
  static final Pattern WORDS =
      Pattern.compile(
          "\\b(?=["
              + firstLetters(NUMBER_WORDS)
              + "])("
              + EnglishWords.pattern(NUMBER_WORDS)
              + ")(\\s+(?:hundred|thousand|million|billion|trillion))?\\b",
          Pattern.CASE_INSENSITIVE);
  // Chars a WORDS match starts with: a number word's first letter, either case.
  static final String WORD_LETTERS =
      firstLetters(NUMBER_WORDS).toLowerCase(Locale.ROOT)
          + firstLetters(NUMBER_WORDS).toUpperCase(Locale.ROOT);

  private Numbers() {}

  /** The first letters of {@code words}, each once, as a character class's members. */
  private static String firstLetters(Set<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      char c = w.charAt(0);
      if (out.indexOf(String.valueOf(c)) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The {@code n:} keys of the numbers in {@code text}, at least 2. */
  public static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    numbers(text, out);
    return out;
  }

  /** Adds the {@code n:} keys of {@code text} to {@code out}, in order. */
  static void numbers(String text, Set<String> out) {
    // Each pattern is tried at every position of the text: skipped when the text lacks what it
    // must start with (ASCII letters for number words, ASCII digits for \d).
    if (has(text, 'a', 'z') || has(text, 'A', 'Z')) {
      for (MatchResult w : findAll(WORDS, text, c -> WORD_LETTERS.indexOf(c) >= 0)) {
        BigDecimal v = BigDecimal.valueOf(EnglishWords.count(w.group(1)).orElseThrow());
        add(out, w.group(2) == null ? v : applyUnits(v, w.group(2)));
      }
    }
    for (MatchResult m :
        findAll(ARABIC_WITH_UNITS, has(text, '0', '9') ? text : "", Numbers::isAsciiDigit)) {
      BigDecimal v =
          new BigDecimal(
              m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
      String units = m.group(3);
      if (units != null) {
        v = applyUnits(v, units);
      }
      add(out, v);
    }
    if (!Scripts.hasCjk(text)) {
      return; // CJK numerals are Han characters
    }
    for (String numeral : cjkNumerals(text)) {
      long v = cjk(numeral);
      if (v >= 0) {
        add(out, BigDecimal.valueOf(v));
      }
    }
  }

  /**
   * The runs of Chinese numerals in {@code text}, left to right: two or more digits and units
   * ("三千", "一万二千"), or a lone digit other than 〇 and 零. A scan, where the regular expression {@code
   * [digits units]{2,}|[digits][units]?} it replaces tried both alternatives at every character of
   * a CJK text.
   */
  static List<String> cjkNumerals(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isCjkNumeral(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isCjkNumeral(text.charAt(end))) {
        end++;
      }
      if (end - i >= 2 || CJK_DIGITS.indexOf(text.charAt(i)) >= 2) {
        out.add(text.substring(i, end));
      }
      i = end;
    }
    return out;
  }

  private static boolean isCjkNumeral(char c) {
    return c >= FIRST_CJK && (CJK_DIGITS.indexOf(c) >= 0 || CJK_UNITS.indexOf(c) >= 0);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code text} holds a character from {@code from} to {@code to}. */
  private static boolean has(String text, char from, char to) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= from && c <= to) {
        return true;
      }
    }
    return false;
  }

  /** The {@code d:MM-DD} keys of the calendar days named in {@code text}. */
  public static Set<String> days(String text) {
    Set<String> out = new LinkedHashSet<>();
    days(text, out);
    return out;
  }

  /** Adds the {@code d:MM-DD} keys of {@code text} to {@code out}, in order. */
  static void days(String text, Set<String> out) {
    // Every pattern here needs a digit or a CJK numeral and a month word; the English ones need
    // ASCII digits and letters (most Japanese and Korean text has digits and few letters), the CJK
    // one 月 or 월.
    boolean english = has(text, '0', '9') && (has(text, 'a', 'z') || has(text, 'A', 'Z'));
    for (MatchResult m :
        findAll(EN_MONTH_DAY, english ? text : "", c -> MONTH_LETTERS.indexOf(c) >= 0)) {
      day(out, month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    for (MatchResult m : findAll(EN_DAY_MONTH, english ? text : "", Numbers::isAsciiDigit)) {
      day(out, month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    if (text.indexOf('月') < 0 && text.indexOf('월') < 0) {
      return;
    }
    for (MatchResult m :
        findAll(CJK_MONTH_DAY, text, c -> isAsciiDigit(c) || SMALL_CJK.indexOf(c) >= 0)) {
      day(out, (int) small(m.group(1)), (int) small(m.group(2)));
    }
  }

  /** Which chars a match may start with. */
  @FunctionalInterface
  interface Starts {
    boolean test(char c);
  }

  /**
   * The matches {@code m.find()} gives one after another, for a pattern whose every match starts
   * with a char {@code starts} accepts: the pattern is tried only at those chars, where {@code
   * find} tried it at every char (the costliest part of a CJK text's numbers and days). Each try
   * sees the text around it, as {@code find} does ({@code \\b}); the next goes on from the end of a
   * match.
   */
  static List<MatchResult> findAll(Pattern p, String text, Starts starts) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = p.matcher(text).useTransparentBounds(true);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (starts.test(text.charAt(i))) {
        m.region(i, n);
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /**
   * The day a dateline at the start of {@code text} names ("9월 25일, ...", "3月11日、", "March 11 -"),
   * when it falls at most {@code maxDays} before {@code published}: reports posted days after the
   * event (as Korean "In the news" blurbs are) then meet the others at the event's time.
   */
  public static java.util.Optional<java.time.Instant> dateline(
      String text, java.time.Instant published, int maxDays) {
    String head = Scripts.strippedPrefix(text, 24);
    int month = 0;
    int dayOfMonth = 0;
    Matcher m = CJK_MONTH_DAY.matcher(head);
    if (m.lookingAt()) {
      month = (int) small(m.group(1));
      dayOfMonth = (int) small(m.group(2));
    } else if ((m = EN_MONTH_DAY.matcher(head)).lookingAt()) {
      month = month(m.group(1));
      dayOfMonth = Integer.parseInt(m.group(2));
    } else if ((m = EN_DAY_MONTH.matcher(head)).lookingAt()) {
      month = month(m.group(2));
      dayOfMonth = Integer.parseInt(m.group(1));
    }
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
      return java.util.Optional.empty();
    }
    java.time.LocalDate at = published.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    for (int year : new int[] {at.getYear(), at.getYear() - 1}) {
      try {
        java.time.LocalDate d = java.time.LocalDate.of(year, month, dayOfMonth);
        long before = java.time.temporal.ChronoUnit.DAYS.between(d, at);
        if (before >= 0 && before <= maxDays) {
          return java.util.Optional.of(d.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        }
      } catch (java.time.DateTimeException noSuchDay) {
        // 30 February: no dateline
      }
    }
    return java.util.Optional.empty();
  }

  private static void day(Set<String> out, int month, int day) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      // d:MM-DD, without String.format (a tenth of the days' cost).
      out.add(
          new StringBuilder(7)
              .append("d:")
              .append((char) ('0' + month / 10))
              .append((char) ('0' + month % 10))
              .append('-')
              .append((char) ('0' + day / 10))
              .append((char) ('0' + day % 10))
              .toString());
    }
  }

  private static int month(String name) {
    return EnglishWords.month(name);
  }

  private static long small(String s) {
    return Character.isDigit(s.charAt(0)) ? Long.parseLong(s) : cjk(s);
  }

  private static void add(Set<String> out, BigDecimal v) {
    if (v.compareTo(BigDecimal.valueOf(2)) < 0 && v.stripTrailingZeros().scale() <= 0) {
      return;
    }
    if (v.signum() == 0) {
      return;
    }
    out.add("n:" + v.stripTrailingZeros().toPlainString());
  }

  /**
   * {@code v} followed by its units: "万" and "만" 10^4, "億" and "억" 10^8, "million" 10^6; smaller
   * units add up within a group of four digits ("2천만" = 2000 x 10^4, "1만 2천" = 10^4 + 2000).
   */
  private static BigDecimal applyUnits(BigDecimal v, String units) {
    String u = units.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    Matcher parts = UNIT_PART.matcher(u);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal pending = v;
    while (parts.find()) {
      if (parts.group(1) != null) {
        pending = new BigDecimal(parts.group(1));
      }
      BigDecimal unit = BigDecimal.valueOf(unit(parts.group(2)));
      if (unit.compareTo(BigDecimal.valueOf(10_000)) < 0) {
        section = section.add(pending.multiply(unit));
      } else {
        section = section.add(pending);
        total = total.add((section.signum() == 0 ? BigDecimal.ONE : section).multiply(unit));
        section = BigDecimal.ZERO;
      }
      pending = BigDecimal.ZERO;
    }
    return total.add(section).add(pending);
  }

  private static long unit(String u) {
    switch (u) {
      case "십":
      case "十":
        return 10;
      case "백":
      case "百":
      case "hundred":
        return 100;
      case "천":
      case "千":
      case "thousand":
        return 1000;
      case "만":
      case "万":
      case "萬":
        return 10_000;
      case "million":
        return 1_000_000;
      case "억":
      case "亿":
      case "億":
        return 100_000_000;
      case "billion":
        return 1_000_000_000;
      default:
        return 1_000_000_000_000L;
    }
  }

  /** The value of a run of Chinese numerals ("三千" 3000, "一万二千" 12000), or -1. */
  static long cjk(String s) {
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d = CJK_DIGITS.indexOf(ch);
      if (d >= 0) {
        digit = CJK_VALUES[d];
        continue;
      }
      long unit;
      switch (ch) {
        case '十', '拾' -> unit = 10;
        case '百', '佰' -> unit = 100;
        case '千', '仟' -> unit = 1000;
        case '万', '萬' -> unit = 10_000;
        case '亿', '億' -> unit = 100_000_000;
        default -> {
          return -1;
        }
      }
      if (unit >= 10_000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return total + section + Math.max(digit, 0);
  }
}
