package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that cannot stand alone in a story told from several outlets: fragments with no main
 * clause ("Not because Mo Cheeks was long for the job with the Philadelphia 76ers.", a sentence
 * splitter's tail "Friday at 97th Avenue ... when she was hit by a car"), one half of a contrast
 * whose other half is elsewhere ("On the one hand, Weitz has shown his skill ..."), and openings
 * that point at a scene only the source's own earlier sentences set ("After the seminar, UN
 * consultants will submit ..." where no opening sentence tells of a seminar). Read on OpenNLP's
 * tags, so that a subject's relative clause ("The man who shot him was arrested") is no fragment.
 */
final class Fragments {
  private Fragments() {}

  /**
   * Conjunctions that open an adverbial clause: before one of them, a sentence's main clause has
   * its finite verb, or comes after the clause and a comma.
   */
  private static final Set<String> ADVERBIAL =
      Set.of("because", "when", "while", "although", "though", "whereas", "unless", "if");

  /**
   * Whether {@code text} has no main clause: an adverbial clause follows words with no verb and
   * nothing follows it after a comma ("Not because Mo Cheeks was long for the job."), or an opening
   * "Not" leads a noun phrase whose only verb is a relative clause's ("Not exactly the wild and
   * crazy comedy type that has been hosting the Oscars ...").
   */
  static boolean subjectless(String text) {
    if (text.isEmpty() || !EnglishTagger.readable(text) || "\"“‘'".indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    List<Tok> toks = EnglishTagger.tag(text);
    if (toks.size() < 2) {
      return false;
    }
    boolean not = toks.get(0).lower().equals("not");
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (verb(t)) {
        return false; // a verb before any clause of another kind: the main clause's
      }
      if (i == 0) {
        continue;
      }
      if (ADVERBIAL.contains(t.lower()) && (t.tagIs("IN") || t.tagIs("WRB"))) {
        return noCommaAfter(toks, i);
      }
      if (not && (t.tagIs("WDT") || t.tagIs("WP") || t.lower().equals("that"))) {
        return true;
      }
    }
    return false;
  }

  /** A finite verb or a participle (a past verb the tagger may read as one), not a gerund. */
  private static boolean verb(Tok t) {
    return t.tagIs("VBD") || t.tagIs("VBZ") || t.tagIs("VBP") || t.tagIs("MD") || t.tagIs("VBN");
  }

  private static boolean noCommaAfter(List<Tok> toks, int from) {
    for (int k = from + 1; k < toks.size(); k++) {
      if (toks.get(k).text().equals(",")) {
        return false; // "..., when police arrived, the man fled": the main clause may follow
      }
    }
    return true;
  }

  /** "On the one hand" with no other hand in the same sentence: half of a contrast. */
  private static final Pattern ONE_HAND = Pattern.compile("^On (?:the )?one hand\\b");

  private static final Pattern OTHER_HAND = Pattern.compile("(?i)\\bon the other(?: hand)?\\b");

  /** Whether {@code text} opens a contrast it does not close. */
  static boolean halfContrast(String text) {
    return ONE_HAND.matcher(text).find() && !OTHER_HAND.matcher(text).find();
  }

  /**
   * "After the seminar,", "During the hearing,": a definite scene named at the opening, with up to
   * two modifiers before its head noun.
   */
  private static final Pattern SCENE =
      Pattern.compile(
          "^(?:After|Before|During|Following|Since|Until|Throughout) the"
              + "((?: [\\p{L}-]+){0,2}) ([\\p{L}-]+),");

  /** Heads that name a time, not a scene: "After the weekend", "During the day". */
  private static final Set<String> TIME_HEADS =
      Set.of(
          "day",
          "night",
          "morning",
          "afternoon",
          "evening",
          "week",
          "weekend",
          "month",
          "year",
          "season",
          "time",
          "moment",
          "end",
          "start",
          "beginning",
          "meantime",
          "interim",
          "past",
          "years",
          "days",
          "weeks",
          "months",
          "war");

  /** Sentences at the top of an article that introduce its scenes. */
  static final int OPENING_SENTENCES = 3;

  /**
   * Whether sentence {@code i} of {@code doc} opens with a scene ({@link #SCENE}) its article's
   * opening sentences do not name: it leans on the sentences right before it ("After the seminar,"
   * after a sentence on "this meeting").
   */
  static boolean unsetScene(Doc doc, int i, String text) {
    Matcher m = SCENE.matcher(text);
    if (!m.find() || i < OPENING_SENTENCES) {
      return false;
    }
    String head = m.group(2).toLowerCase(Locale.ROOT);
    if (TIME_HEADS.contains(head)) {
      return false;
    }
    String stem = Words.stem(head);
    for (int k = 0; k < OPENING_SENTENCES && k < doc.sentences.size(); k++) {
      for (String w : Words.lowerWords(doc.sentences.get(k).text())) {
        if (Words.stem(w).equals(stem)) {
          return false; // "After the fight," in a fight's report: the article's own scene
        }
      }
    }
    return true;
  }
}
