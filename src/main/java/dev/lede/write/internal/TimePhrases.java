package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The time phrases a headline drops ("on Monday", "last week", "five years ago", "in 2008"), read
 * on OpenNLP tags: its words (the lexicon's days and months and relative times) and where a phrase
 * of them stands in a clause, never a number that is part of a compound ("36 - year - old").
 */
final class TimePhrases {
  private TimePhrases() {}

  /** Words of a time phrase a headline drops: days, months, relative times. */
  static final Set<String> TIME_WORDS =
      withDaysAndMonths(
          "yesterday",
          "today",
          "tonight",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "earlier",
          "later",
          "last",
          "this",
          "next",
          "early",
          "late",
          "overnight",
          "recently",
          "hours",
          "days",
          "weeks",
          "months",
          "ago");

  /** {@code relative} with the lexicon's weekday and month names and abbreviations ("sept."). */
  static Set<String> withDaysAndMonths(String... relative) {
    Set<String> out = new HashSet<>(List.of(relative));
    out.addAll(EnglishWords.weekdayNames());
    out.addAll(EnglishWords.fullMonthNames());
    for (String a : EnglishWords.monthAbbreviations()) {
      out.add(a + ".");
    }
    return Set.copyOf(out);
  }

  static void dropTimePhrases(List<Tok> t, int from, int to, boolean[] keep) {
    // "five years ago", "a few days ago": the whole span, not "ago" alone ("plays for Derby on
    // loan five years").
    for (int a = from + 1; a < to; a++) {
      if (t.get(a).lower().equals("ago") && t.get(a - 1).tagIs("NN")) {
        int q = a - 1;
        while (q - 1 >= from
            && a - q < 4
            && (t.get(q - 1).tagIs("CD") || t.get(q - 1).tagIs("DT") || t.get(q - 1).tagIs("JJ"))) {
          q--;
        }
        for (int z = q; z <= a; z++) {
          keep[z] = false;
        }
      }
    }
    int k = from;
    while (k < to) {
      Tok x = t.get(k);
      int close = closeOfTrading(t, k, to);
      if (close > k) {
        for (int q = k; q < close; q++) {
          keep[q] = false;
        }
        k = close;
        continue;
      }
      // "on Monday", "last week", "earlier this month", "in 2008"
      int j = k;
      boolean ofThis = // "in the third quarter of this year"
          x.lower().equals("of")
              && k + 1 < to
              && Set.of("this", "last", "next").contains(t.get(k + 1).lower());
      if (x.lower().equals("since")) {
        k++; // "best finish since November 2008": the measure of what it says
        while (k < to && (TIME_WORDS.contains(t.get(k).lower()) || t.get(k).tagIs("CD"))) {
          k++;
        }
        continue;
      }
      // "begin on Wednesday": the tagger reads "on" after a verb as its particle.
      if ((x.tagIs("IN") || x.tag().equals("RP")) && (!x.lower().equals("of") || ofThis)) {
        j = k + 1;
      }
      if (hyphenated(t, j, to)) {
        k++;
        continue; // "36 - year - old": part of a compound
      }
      int m = j;
      boolean time = false;
      while (m < to
          && (timeWord(t.get(m))
              || t.get(m).tag().equals("DT") && m + 1 < to && timeWord(t.get(m + 1))
              || t.get(m).tagIs("CD") && year(t.get(m).text())
              || t.get(m).tagIs("CD") && m > j && timeWord(t.get(m - 1)))) {
        if (timeWord(t.get(m)) || year(t.get(m).text())) {
          time = true;
        }
        m++;
      }
      if (time
          && m > j
          && (m == to || !t.get(m).tagIs("NN") && !t.get(m).tag().equals("POS"))
          && !onlyModifier(t, j, m)) {
        for (int q = k; q < m; q++) {
          keep[q] = false;
        }
        k = m;
      } else {
        k++;
      }
    }
  }

  /**
   * Where "at the close of trading" (or "of business", "at the open") ends when it starts at {@code
   * k}, else -1: the time of a market's day, said in passing ("fell 344.65 [at the close of
   * trading]").
   */
  static int closeOfTrading(List<Tok> t, int k, int to) {
    int q = k;
    if (q >= to || !t.get(q).lower().equals("at")) {
      return -1;
    }
    q++;
    if (q < to && t.get(q).lower().equals("the")) {
      q++;
    }
    if (q >= to || !Set.of("close", "open", "end").contains(t.get(q).lower())) {
      return -1;
    }
    q++;
    if (q + 1 < to
        && t.get(q).lower().equals("of")
        && Set.of("trading", "business", "play").contains(t.get(q + 1).lower())) {
      return q + 2;
    }
    return t.get(q - 1).lower().equals("end") ? -1 : q; // "at the close", not "at the end"
  }

  /** A word of a time phrase; "may" only as the month ("this may have" is no time phrase). */
  static boolean timeWord(Tok x) {
    return TIME_WORDS.contains(x.lower())
        && !(x.lower().equals("may") && (!x.text().equals("May") || x.tagIs("MD")));
  }

  /**
   * Whether the word at {@code j} is part of a hyphenated compound ("36 - year - old", "two-day"):
   * a hyphen before it, or one after it that is written on or spaced on both sides of a following
   * compound part; not a spaced dash opening an aside ("on Friday - exactly eight weeks after").
   */
  static boolean hyphenated(List<Tok> t, int j, int to) {
    if (j >= to) {
      return false;
    }
    if (j > 0 && t.get(j - 1).text().equals("-")) {
      return true;
    }
    if (j + 1 >= t.size() || !t.get(j + 1).text().equals("-")) {
      return false;
    }
    boolean attached = t.get(j + 1).start() == t.get(j).end();
    boolean compound = j + 3 < t.size() && t.get(j + 3).text().equals("-");
    return attached || compound || j + 2 < t.size() && t.get(j + 2).lower().equals("old");
  }

  /** "this", "last", "next" alone are no time phrase: "this deal", "last year" is. */
  static boolean onlyModifier(List<Tok> t, int j, int m) {
    for (int q = j; q < m; q++) {
      String lw = t.get(q).lower();
      if (!Set.of("this", "last", "next", "early", "late", "earlier", "later").contains(lw)) {
        return false;
      }
    }
    return true;
  }

  static boolean year(String s) {
    return s.matches("(?:19|20)\\d\\d");
  }
}
