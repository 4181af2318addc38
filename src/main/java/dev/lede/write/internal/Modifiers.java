package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words a headline can lose to make room for a name or a place: a plain adjective before its noun
 * ("A LARGE fire broke out at the Waitrose supermarket in Wellington town centre" -> "Fire breaks
 * out at Waitrose supermarket in Wellington town centre", not "Large fire breaks out at Waitrose
 * supermarket"). Read on OpenNLP's tags: a lower-case adjective (JJ, not a comparative or
 * superlative, which tell the news: "biggest offer") right before a noun or another adjective. A
 * capitalised one is a name's ("Japanese", "Palestinian") and stays, as do the adjectives that
 * change who or what is meant rather than describe it ("former coach", "late actor"). To keep the
 * phrase naming the event ({@link #namesEvent}), a headline may lose the object's possessive
 * pronoun instead ({@link #withoutPossessives}: "Voters in Turkmenistan cast [their] ballots in
 * fourth parliamentary election"), never its adjectives.
 */
final class Modifiers {
  private Modifiers() {}

  /** Adjectives that say which one, or whether it is one at all: a headline keeps them. */
  private static final Set<String> DEFINING =
      Set.of(
          "former",
          "late",
          "ex",
          "alleged",
          "suspected",
          "acting",
          "interim",
          "first",
          "last",
          "next",
          "new",
          "only",
          "dead",
          "fake",
          "false",
          "possible",
          "potential",
          "other",
          "same",
          "previous",
          "current",
          "future",
          "own",
          "final",
          "non",
          "top",
          "main",
          "old",
          "young");

  /**
   * Whether a kept token in {@code [from, to)} is part of a name: the phrase a cut there would lose
   * says who or where.
   */
  static boolean keepsName(List<Tok> t, boolean[] keep, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      if (keep[k] && t.get(k).tagIs("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, Set<String>> COMPLEMENTS =
      WordLists.sections(Modifiers.class, "event-complements.txt");

  /** Nouns naming an occurrence ("election", "shooting", "trial"), by stem. */
  private static final Set<String> OCCURRENCES = stems(COMPLEMENTS.get("occurrences"));

  /** Common nouns whose possessive only repeats the place: "[the] country's". */
  private static final Set<String> PLACE_POSSESSORS = COMPLEMENTS.get("place-possessors");

  /** Possessive pronouns a headline may drop before the object's noun: "cast [their] ballots". */
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

  private static Set<String> stems(Set<String> words) {
    return words.stream().map(Words::stem).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether token {@code x} is a common noun naming an occurrence ("election", "slayings"). */
  static boolean occurrence(Tok x) {
    return x.tagIs("NN") && !x.tagIs("NNP") && OCCURRENCES.contains(Words.stem(x.lower()));
  }

  /**
   * Whether the phrase a cut at {@code from} would lose, the kept tokens up to {@code to}, names
   * the event: a noun naming an occurrence ({@link #occurrence}: "election", "shooting", "trial";
   * not what an event is about, "budget", "contract") in a phrase that does not open on the
   * circumstances ({@link EventWords#CONTEXT_OPENERS}: "after a four day rally"). A cut there
   * leaves the headline vague ("Voters in Turkmenistan cast their ballots": in what).
   */
  static boolean namesEvent(List<Tok> t, boolean[] keep, int from, int to) {
    if (from < 0 || from >= t.size() || EventWords.CONTEXT_OPENERS.contains(t.get(from).lower())) {
      return false;
    }
    for (int k = from; k < to && k < t.size(); k++) {
      if (keep[k] && occurrence(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kept tokens without the possessives a headline can spare, or null when there is none: a
   * possessive pronoun of the object, in {@code [from, event)}, before a common noun ("cast [their]
   * ballots"), and the possessive of a noun that only repeats the place ("[the] country's fourth
   * parliamentary election"), whose article is already gone, in {@code [from, to)}. Never a word in
   * quotation marks, a possessive before "own" ("their own party"), one before a name the object
   * needs it for ("his inner Iron Man"), nor any other noun's possessive, which says whose event it
   * is ("the government's budget", "the company's bankruptcy").
   */
  static boolean[] withoutPossessives(List<Tok> t, boolean[] keep, int from, int event, int to) {
    boolean[] out = keep.clone();
    boolean any = false;
    for (int k = Math.max(1, from); k + 1 < to && k + 1 < t.size(); k++) {
      Tok x = t.get(k);
      Tok next = t.get(k + 1);
      if (!keep[k] || quoted(t, k)) {
        continue;
      }
      if (k < event
          && x.tag().equals("PRP$")
          && POSSESSIVE_PRONOUNS.contains(x.lower())
          && commonPhrase(t, k + 1)) {
        out[k] = false;
        any = true;
      } else if (x.tag().equals("NN")
          && PLACE_POSSESSORS.contains(x.text())
          && next.tag().equals("POS")
          && keep[k + 1]
          && !keep[k - 1]
          && t.get(k - 1).tag().equals("DT")) {
        out[k] = false;
        out[k + 1] = false;
        any = true;
      }
    }
    return any ? out : null;
  }

  /**
   * Whether the noun phrase opening at {@code k} after a possessive is all common words, lower
   * case, ending on a common noun: "ballots", "life savings"; not "own party", nor "inner Iron
   * Man", the name an idiom needs its possessive for.
   */
  private static boolean commonPhrase(List<Tok> t, int k) {
    int j = k;
    while (j < t.size() && (t.get(j).tagIs("JJ") || t.get(j).tagIs("CD") || t.get(j).tagIs("NN"))) {
      Tok y = t.get(j);
      if (y.tagIs("NNP") || !y.text().equals(y.lower()) || y.lower().equals("own")) {
        return false;
      }
      j++;
    }
    return j > k && t.get(j - 1).tagIs("NN");
  }

  /** Whether token {@code k} stands inside quotation marks. */
  static boolean quoted(List<Tok> t, int k) {
    boolean inside = false;
    for (int q = 0; q < k; q++) {
      String w = t.get(q).text();
      if (w.equals("\"") || w.equals("``") || w.equals("''")) {
        inside = !inside;
      } else if (w.equals("\u201c")) {
        inside = true;
      } else if (w.equals("\u201d")) {
        inside = false;
      }
    }
    return inside;
  }

  /**
   * The kept tokens in {@code [from, to)} without their plain adjectives, or null when there is
   * none to drop.
   */
  static boolean[] withoutAdjectives(List<Tok> t, boolean[] keep, int from, int to) {
    boolean[] out = keep.clone();
    boolean any = false;
    for (int k = Math.max(0, from); k < to && k + 1 < t.size(); k++) {
      if (keep[k]
          && plain(t, k)
          && (t.get(k + 1).tagIs("NN") || t.get(k + 1).tag().equals("JJ"))
          && !ofCompound(t, k)) {
        out[k] = false;
        any = true;
      }
    }
    return any ? out : null;
  }

  /**
   * Whether the adjective at {@code k} belongs to a compound before a noun: "low cost airline",
   * "high speed rail". Without it the compound garbles ("Irish cost airline", dev Wikinews 34).
   */
  static boolean ofCompound(List<Tok> t, int k) {
    return k + 2 < t.size()
        && t.get(k + 1).tagIs("NN")
        && !t.get(k + 1).tagIs("NNP")
        && t.get(k + 2).tagIs("NN")
        && !t.get(k + 2).tagIs("NNP");
  }

  /** Whether token {@code k} is an adjective that only describes: lower case as written. */
  private static boolean plain(List<Tok> t, int k) {
    Tok x = t.get(k);
    String w = x.text();
    String lower = w.toLowerCase(Locale.ROOT);
    boolean shouted = w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT));
    boolean adjective = x.tag().equals("JJ") || shouted && x.tagIs("NNP");
    if (!adjective || DEFINING.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
      return false; // "61-year-old", "first-degree": a figure or a compound tells the news
    }
    // Upper case: a name's adjective ("Japanese"), unless the sentence opens with it or shouts it
    // ("A LARGE fire"), where the lexicon knows it as a common adjective.
    boolean opening = k == 0 || k == 1 && t.get(0).tag().equals("DT");
    return w.equals(lower) || (opening || shouted) && EnglishTagger.known(lower, "JJ");
  }

  /**
   * "at the age of 85" -> "at 85", as headlines say it: the "age of" between "at" (and its article)
   * and a number, in {@code [from, to)}.
   */
  static void dropAgeOf(List<Tok> t, int from, int to, boolean[] keep) {
    for (int k = Math.max(1, from); k + 2 < to && k + 2 < t.size(); k++) {
      int at = t.get(k - 1).lower().equals("the") && k >= 2 ? k - 2 : k - 1;
      if (t.get(k).lower().equals("age")
          && t.get(k + 1).lower().equals("of")
          && t.get(k + 2).tag().equals("CD")
          && t.get(at).lower().equals("at")) {
        keep[k] = false;
        keep[k + 1] = false;
      }
    }
  }
}
