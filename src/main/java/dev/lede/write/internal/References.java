package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a body sentence refers to something the story has not told: "The loans are aimed at
 * preventing ..." with no loan named before it, or "..., it said." after another outlet's sentence.
 * An editor cuts such a sentence or writes in what it refers to; the writer, which only quotes,
 * leaves it out. A person ("the victim", "the driver") and a kind of event ("the fire", "the
 * attack") are what a reader already knows of, and a name is introduced elsewhere ({@link
 * Introductions}).
 */
final class References {
  private References() {}

  private static final Set<String> PERSON_NOUNS =
      WordLists.words(References.class, "person-nouns.txt");

  /** Bodies every reader knows without an introduction: "The police", "The government". */
  private static final Set<String> KNOWN =
      Set.of("police", "authorities", "government", "military", "army", "navy", "court", "public");

  /** Cheap test first: only a sentence opening with "The" is tagged. */
  private static final Pattern OPENS_WITH_THE = Pattern.compile("^The\\s");

  /** A source named at a sentence's end only by a pronoun: ", it said.", ", they said." */
  private static final Pattern PRONOUN_SOURCE =
      Pattern.compile(",\\s(?:it|they)\\s(?:said|says|added|reported)\\.?$");

  /**
   * The nouns of a sentence's opening subject when it is a definite description of a thing ("The
   * loans are aimed at ..." -> "loans", "The fire service" -> "fire", "service"), lower case; empty
   * when the sentence opens otherwise, with a name ("The Sixers"), a person ("The victim") or a
   * restricted description ("The loans to Greece").
   */
  static Optional<List<String>> openingThing(String sentence) {
    if (!OPENS_WITH_THE.matcher(sentence).find()) {
      return Optional.empty();
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    EnglishTagger.Tok head = null;
    List<String> nouns = new java.util.ArrayList<>();
    for (int i = 1; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      if (t.tagIs("VB") || t.tagIs("MD") || t.tagIs("RB")) {
        break;
      }
      boolean lower = Character.isLowerCase(t.text().charAt(0));
      if (lower && t.tagIs("NN") && !t.tagIs("NNP")) {
        head = t; // "The loans", "The national strike", "The fire service"
        nouns.add(t.lower());
      } else if (head != null || !lower || !(t.tagIs("JJ") || t.tagIs("CD"))) {
        return Optional.empty(); // a name, a preposition, a clause: named or restricted
      }
    }
    if (head == null) {
      return Optional.empty();
    }
    String w = head.lower();
    if (PERSON_NOUNS.contains(w) || PERSON_NOUNS.contains(singular(w)) || KNOWN.contains(w)) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(nouns));
  }

  /**
   * Whether {@code c} refers to something not told before it: a thing its opening names by nouns
   * none of which {@code told} (the stems of the words told before it) has or tells a kind of event
   * ({@link EventKinds}), or a source named only "it" when the sentence before it ({@code
   * previous}, null at the top) comes from another article.
   */
  static boolean unreferenced(Candidate c, Set<String> told, Candidate previous) {
    Matcher m = PRONOUN_SOURCE.matcher(c.text);
    if (m.find() && (previous == null || previous.doc != c.doc)) {
      return true;
    }
    Optional<List<String>> thing = openingThing(c.text);
    if (thing.isEmpty()) {
      return false;
    }
    for (String noun : thing.get()) {
      String stem = Words.stem(noun);
      if (told.contains(stem)
          || told.contains(Words.stem(singular(noun)))
          || EventKinds.tellsAKind(noun)) {
        return false; // "The fire service" in a fire story, "The tremor" in a quake story
      }
    }
    return true;
  }

  /** "loans" -> "loan": the singular of a regular plural, else the word. */
  private static String singular(String w) {
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
