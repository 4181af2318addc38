package dev.lede.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English month names, weekday names and number words, the one copy every stage reads (feed dates,
 * facts, story keys, cross-language keys, the writer's checks), loaded through {@link WordLists}
 * from {@code english-months.txt}, {@code english-weekdays.txt} and {@code english-numbers.txt}.
 */
public final class EnglishWords {
  /** One number word: its value and whether it is the cardinal, the ordinal or a plural form. */
  public record NumberWord(String word, long value, Form form) {}

  /** How a number word names its value: "twelve", "twelfth", "dozens". */
  public enum Form {
    CARDINAL,
    ORDINAL,
    PLURAL
  }

  private static final List<List<String>> MONTHS = readNames("english-months.txt", 12);
  private static final List<List<String>> WEEKDAYS = readNames("english-weekdays.txt", 7);
  private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();
  private static final List<NumberWord> NUMBERS = readNumbers();

  private EnglishWords() {}

  /** Month names and abbreviations, lower-cased. */
  public static Set<String> monthNames() {
    return Set.copyOf(MONTH_NUMBERS.keySet());
  }

  /** Month abbreviations ("jan", "sept"), lower-cased, without their "."; "may" is a name. */
  public static Set<String> monthAbbreviations() {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> names : MONTHS) {
      out.addAll(names.subList(1, names.size()));
    }
    return Set.copyOf(out);
  }

  /** A regular-expression group (capturing) of the full month names, capitalised. */
  public static String fullMonthPattern() {
    return "(" + capitalisedAlternatives(MONTHS) + ")";
  }

  /** The full month names, lower-cased, in calendar order. */
  public static List<String> fullMonthNames() {
    return firstNames(MONTHS);
  }

  /** The full weekday names, lower-cased, Monday first. */
  public static List<String> weekdayNames() {
    return firstNames(WEEKDAYS);
  }

  /** Weekday names and abbreviations ("mon", "thurs"), lower-cased. */
  public static Set<String> weekdayWords() {
    Set<String> out = new LinkedHashSet<>();
    WEEKDAYS.forEach(out::addAll);
    return Set.copyOf(out);
  }

  /**
   * A regular-expression group (not capturing) of the full weekday names, capitalised ("(?:Monday|
   * ...|Sunday)"), so it leaves the group numbers of the pattern it joins as they were.
   */
  public static String anyWeekday() {
    return "(?:" + capitalisedAlternatives(WEEKDAYS) + ")";
  }

  /** A regular-expression group (not capturing) of the full month names, capitalised. */
  public static String anyFullMonth() {
    return "(?:" + capitalisedAlternatives(MONTHS) + ")";
  }

  /**
   * The month (1-12) that {@code word} names, in any case and with an abbreviation's trailing "."
   * ("Sept." 9), or 0.
   */
  public static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return MONTH_NUMBERS.getOrDefault(w, 0);
  }

  /**
   * A regular-expression group (capturing) that matches a month name or abbreviation, the longest
   * first, an abbreviation with an optional trailing "."; written capitalised ("January|Jan\.?"),
   * so a pattern compiled without {@code CASE_INSENSITIVE} keeps "may" the verb out.
   */
  public static String monthPattern() {
    List<String> words = new ArrayList<>();
    for (List<String> names : MONTHS) {
      words.addAll(names);
    }
    words.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String w : words) {
      boolean abbreviation = !MONTHS.get(MONTH_NUMBERS.get(w) - 1).get(0).equals(w);
      alternatives.add(capitalised(w) + (abbreviation ? "\\.?" : ""));
    }
    return "(" + String.join("|", alternatives) + ")";
  }

  /** The number words, in file order. */
  public static List<NumberWord> numbers() {
    return NUMBERS;
  }

  /** The number words that {@code which} accepts, lower-cased, in file order. */
  public static Set<String> numberWords(Predicate<NumberWord> which) {
    Set<String> out = new LinkedHashSet<>();
    for (NumberWord n : NUMBERS) {
      if (which.test(n)) {
        out.add(n.word());
      }
    }
    return out;
  }

  /** The value of a cardinal or plural number word ("twelve", "dozens"), in any case. */
  public static OptionalLong count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (NumberWord n : NUMBERS) {
      if (n.form() != Form.ORDINAL && n.word().equals(w)) {
        return OptionalLong.of(n.value());
      }
    }
    return OptionalLong.empty();
  }

  /**
   * A regular-expression group (not capturing) that matches any of {@code words}, the longest first
   * (so "seventeen" wins over "seven").
   */
  public static String pattern(Set<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return "(?:" + String.join("|", sorted) + ")";
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static List<String> firstNames(List<List<String>> lines) {
    List<String> out = new ArrayList<>();
    for (List<String> names : lines) {
      out.add(names.get(0));
    }
    return List.copyOf(out);
  }

  private static String capitalisedAlternatives(List<List<String>> lines) {
    List<String> names = new ArrayList<>();
    for (String n : firstNames(lines)) {
      names.add(capitalised(n));
    }
    return String.join("|", names);
  }

  /** One line a month or day: its name, then its abbreviations, lower-cased. */
  private static List<List<String>> readNames(String resource, int expected) {
    List<List<String>> out = new ArrayList<>();
    for (String line : WordLists.lines(EnglishWords.class, resource)) {
      List<String> names = new ArrayList<>();
      for (String w : line.split("\\|")) {
        names.add(w.strip().toLowerCase(Locale.ROOT));
      }
      out.add(List.copyOf(names));
    }
    if (out.size() != expected) {
      throw new IllegalStateException(
          resource + ": expected " + expected + " lines, got " + out.size());
    }
    return List.copyOf(out);
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < MONTHS.size(); i++) {
      for (String name : MONTHS.get(i)) {
        out.put(name, i + 1);
      }
    }
    return Map.copyOf(out);
  }

  private static List<NumberWord> readNumbers() {
    List<NumberWord> out = new ArrayList<>();
    for (String line : WordLists.lines(EnglishWords.class, "english-numbers.txt")) {
      String[] f = line.split("\\|", -1);
      if (f.length < 3) {
        throw new IllegalStateException(
            "english-numbers.txt: expected value|cardinal|ordinal, got " + line);
      }
      long value;
      try {
        value = Long.parseLong(f[0].strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException("english-numbers.txt: not a number: " + line, e);
      }
      for (int i = 1; i < f.length; i++) {
        String w = f[i].strip().toLowerCase(Locale.ROOT);
        if (!w.isEmpty()) {
          Form form = i == 1 ? Form.CARDINAL : i == 2 ? Form.ORDINAL : Form.PLURAL;
          out.add(new NumberWord(w, value, form));
        }
      }
    }
    return List.copyOf(out);
  }
}
