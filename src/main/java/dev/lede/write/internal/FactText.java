package dev.lede.write.internal;

import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings of a sentence's text that the fact tests share: whether it quotes someone, tells an
 * earlier time, the numbers and figures it gives, the names it capitalises, whether it opens with a
 * description of someone it does not name.
 */
final class FactText {
  private FactText() {}

  /** An earlier event: a year it happened in, "previously", "a year ago", "last year". */
  static final Pattern PAST =
      Pattern.compile(
          "\\b(?:in|since) (?:19|20)\\d\\d\\b|\\bpreviously\\b"
              + "|\\b(?:a|one|two|three|\\d+) (?:years?|months?) ago\\b|\\blast (?:year|month)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the sentence's own news is an earlier event: a year in a description of someone (", who
   * shot to fame in 1999 movie American Pie,") dates the person, not the news.
   */
  static boolean tellsThePast(String text) {
    return PAST.matcher(DESCRIPTION.matcher(text).replaceAll("")).find();
  }

  /** ", who shot to fame in 1999 ...," : a non-restrictive clause describing someone. */
  static final Pattern DESCRIPTION = Pattern.compile(", (?:who|whose) [^,;]{3,120},");

  /** A number of two characters or more ("2007", "91", "5.6"); "31, 000" read as one number. */
  static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<=\\d), (?=\\d{3}\\b)");

  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(SPACED_THOUSANDS.matcher(text).replaceAll(","));
    while (m.find()) {
      if (m.group().length() >= 2) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Whether two sentences give one number (the year, the age, the score): with an event word in
   * common, on ECB+ dev stories four pairs in five that do are one fact told twice.
   */
  static boolean sharesNumber(String a, String b) {
    return !Collections.disjoint(numbers(a), numbers(b));
  }

  /**
   * A quotation of someone's words (six words or more, and half the sentence or more), not a title
   * in quotation marks nor a few quoted words inside a reporter's sentence ("Palin offered an
   * apology to the assistant pastor 'if the incident is in any way connected to ...'" tells what
   * she did).
   */
  static boolean speaks(String text) {
    Matcher m = QUOTED.matcher(text);
    int quoted = 0;
    while (m.find()) {
      String inside = m.group(1) != null ? m.group(1) : m.group(2);
      int n = Words.count(inside);
      quoted += n >= 6 ? n : 0;
    }
    return quoted > 0 && 2 * quoted >= Words.count(text);
  }

  /**
   * A capitalised content word in both sentences: a name the entity extractor may miss where it
   * opens a sentence ("Bush rushed for 404 yards ...").
   */
  static boolean sharesCapitalised(String a, String b) {
    Set<String> names = capitalised(a);
    names.retainAll(capitalised(b));
    return !names.isEmpty();
  }

  static Set<String> capitalised(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(text)) {
      String w = t.text();
      if (t.kind() == Token.Kind.WORD
          && w.length() > 2
          && Character.isUpperCase(w.codePointAt(0))
          && Words.isContent(w.toLowerCase(Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Text between paired quotation marks: straight ones in turn, or curly opening and closing. */
  static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”");

  /** The sentences whose figures were read last, most recent last: pairs read them again. */
  private static final Map<String, List<Figures.Figure>> FIGURES =
      Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Figures.Figure>> e) {
              return size() > 2048;
            }
          });

  /** {@link Figures#in} of a sentence, read once for the many pairs it is compared in. */
  private static List<Figures.Figure> figures(String sentence) {
    List<Figures.Figure> known = FIGURES.get(sentence);
    if (known == null) {
      known = List.copyOf(Figures.in(sentence));
      FIGURES.put(sentence, known);
    }
    return known;
  }

  /**
   * One value for one quantity in both ("Six people died" and "6 people were killed"), or two that
   * can both be true ({@link Figures#compatible}: "at least 20 died" and "24 died"), as on one day.
   */
  static boolean sameFigure(String a, String b) {
    List<Figures.Figure> ys = figures(b);
    for (Figures.Figure x : figures(a)) {
      for (Figures.Figure y : ys) {
        if (Figures.compatible(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Two values for one quantity ({@link Figures}) that cannot both be true ("24" and "30", "dozens"
   * and "three"): a conflict to reconcile, not a retelling. As on one day.
   */
  static boolean conflicting(String a, String b) {
    return conflicting(a, Optional.empty(), b, Optional.empty());
  }

  /**
   * As {@link #conflicting(String, String)}, each sentence's figures read with the day its source
   * came out: "at least 11 people were killed" on Monday and "24 people died" on Tuesday conflict
   * (a rising toll), on one day they do not.
   */
  static boolean conflicting(
      String a, Optional<LocalDate> dayA, String b, Optional<LocalDate> dayB) {
    List<Figures.Figure> ys = figures(b);
    for (Figures.Figure x : figures(a)) {
      for (Figures.Figure y : ys) {
        if (x.key().equals(y.key())
            && !new Figures.Reported(x, dayA).oneFactWith(new Figures.Reported(y, dayB))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two sentences' figures would tell one fact on one day but, read with their days, are
   * two reports: "at least 11 people were killed" on Monday and "24 people died" on Tuesday, a
   * rising toll, no retelling of one fact.
   */
  static boolean risingAcrossDays(
      String a, Optional<LocalDate> dayA, String b, Optional<LocalDate> dayB) {
    return !Figures.sameDay(dayA, dayB) && conflicting(a, dayA, b, dayB) && !conflicting(a, b);
  }

  /** "he" or "she" outside quotation marks: a person the sentence does not name. */
  static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}'’])(?:he|she)\\b");

  /**
   * One sentence names someone, the other only says "she" or "he" of its subject ("Throughout WWII,
   * she was a popular pinup for GIs" after "Williams ... became a favorite pinup of GI's in World
   * War II"): whether it is the same person only the embeddings can say.
   */
  static boolean pronounFor(String a, String b) {
    boolean pa = PERSON_PRONOUN.matcher(Voices.outsideQuotes(a)).find();
    boolean pb = PERSON_PRONOUN.matcher(Voices.outsideQuotes(b)).find();
    return pa != pb;
  }

  /**
   * "The actress", "The 33-year-old star", "The notorious party girl": a sentence whose subject is
   * a definite description.
   */
  static boolean opensWithDescription(String text) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    if (toks.size() < 3 || !toks.get(0).lower().equals("the")) {
      return false;
    }
    for (int i = 1; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      if (t.tagIs("NNP")) {
        return false; // "The White House": a name, not a description
      }
      if (t.tagIs("NN") && (i + 1 >= toks.size() || !toks.get(i + 1).tagIs("NN"))) {
        return true; // the head noun: "The actress", "The notorious party girl"
      }
      if (t.tagIs("NN")) {
        continue; // a noun modifying the next one ("party" in "party girl")
      }
      if (!t.tagIs("JJ") && !t.tagIs("CD") && !t.tagIs("VBN") && !t.text().equals("-")) {
        return false;
      }
    }
    return false;
  }
}
