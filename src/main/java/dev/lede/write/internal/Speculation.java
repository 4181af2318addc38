package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source writer's own guesswork: a sentence whose main clause turns on "could" or "might", or on
 * "would" beside a condition or hedge, with nobody saying it ("In this scenario, the Angels would
 * have the luxury of dealing Peavy", "he could benefit from a spectacular entrance like Whoopi
 * Goldberg's"). It tells no news, so a multi-source body leaves it out; a modal inside a clause
 * ("hope that his mother would speak"), after a speaker ("officials warned the toll could rise") or
 * telling what someone could see or a later fact ("would later become") is no guess. Words: {@code
 * speculation.txt}.
 */
final class Speculation {
  private Speculation() {}

  private static final Map<String, Set<String>> WORDS =
      WordLists.sections(Speculation.class, "speculation.txt");
  private static final Set<String> MODALS = WORDS.get("modals");
  private static final Set<String> CONDITIONAL = WORDS.get("conditional-modals");
  private static final Set<String> CONDITIONS = WORDS.get("conditions");
  private static final Set<String> OPENERS = WORDS.get("clause-openers");
  private static final Set<String> NOT_GUESSES = WORDS.get("not-guesses");
  private static final Set<String> SPEAKERS = WORDS.get("speakers");

  /** Whether the sentence is the writer's guess rather than news or someone's words. */
  static boolean guess(String text) {
    if (text.isEmpty() || "\"“'‘".indexOf(text.charAt(0)) >= 0 || Voices.spoken(text)) {
      return false; // someone's words
    }
    String outside = Voices.outsideQuotes(text);
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    if (toks.stream().anyMatch(t -> SPEAKERS.contains(t.lower()))) {
      return false;
    }
    boolean condition = toks.stream().anyMatch(t -> CONDITIONS.contains(t.lower()));
    for (int i = 0; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      if (!t.tagIs("MD")
          || !(MODALS.contains(t.lower()) || condition && CONDITIONAL.contains(t.lower()))
          || outside.charAt(t.start()) == ' ') {
        continue;
      }
      String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
      String nextTwo = i + 2 < toks.size() ? next + " " + toks.get(i + 2).lower() : next;
      if (!NOT_GUESSES.contains(next) && !NOT_GUESSES.contains(nextTwo) && !inClause(toks, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause opener stands before the modal with no comma or colon between. */
  private static boolean inClause(List<EnglishTagger.Tok> toks, int modal) {
    for (int j = modal - 1; j >= 0; j--) {
      String w = toks.get(j).lower();
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return false;
      }
      if (OPENERS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
