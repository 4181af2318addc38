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

  /** Documents named as a source: ", the lawsuit said." (not ", the agency said."). */
  private static final Set<String> DOCUMENT_NOUNS =
      WordLists.words(References.class, "document-nouns.txt");

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
    if (known(head.lower())) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(nouns));
  }

  /** A source named at a sentence's end by a description: ", the lawsuit said." */
  private static final Pattern DESCRIBED_SOURCE =
      Pattern.compile(
          ",\\s(?:the|The)\\s[\\p{Ll}\\s-]{2,40}?\\s(?:said|says|added|reported|stated|alleged"
              + "|alleges|claimed|claims|noted|found|showed)\\.?$");

  /**
   * The nouns of the source a sentence names at its end by a definite description of a thing (",
   * the lawsuit said." -> "lawsuit"), lower case; empty when it names a person (", the victim's
   * mother said"), a body every reader knows (", the police said"), an organisation introduced by
   * its name (", the agency said."), a name (", the Times said") or no source so: only a document
   * noun (document-nouns.txt) heads a thing.
   */
  static Optional<List<String>> attributedThing(String sentence) {
    Matcher m = DESCRIBED_SOURCE.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    int from = m.start() + 1;
    List<String> nouns = new java.util.ArrayList<>();
    EnglishTagger.Tok head = null;
    for (EnglishTagger.Tok t : EnglishTagger.tag(sentence)) {
      if (t.start() <= from || t.lower().equals("the")) {
        continue;
      }
      if (t.tagIs("VB")) {
        break;
      }
      if (t.tagIs("NN") && !t.tagIs("NNP")) {
        head = t;
        nouns.add(t.lower());
      } else if (head != null || !t.tagIs("JJ")) {
        return Optional.empty(); // ", the victim's mother said", ", the head of the agency said"
      }
    }
    if (head == null || known(head.lower()) || !DOCUMENT_NOUNS.contains(head.lower())) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(nouns));
  }

  /** A person ("the victim") or a body every reader knows ("the police"). */
  private static boolean known(String w) {
    return PERSON_NOUNS.contains(w) || PERSON_NOUNS.contains(singular(w)) || KNOWN.contains(w);
  }

  /**
   * The nouns of what {@code c} refers to as already told: the thing its opening names ({@link
   * #openingThing}) and the thing it names as its source ({@link #attributedThing}), each list one
   * description.
   */
  static List<List<String>> referredThings(String sentence) {
    List<List<String>> out = new java.util.ArrayList<>();
    openingThing(sentence).ifPresent(out::add);
    attributedThing(sentence).ifPresent(out::add);
    return out;
  }

  /**
   * Whether {@code c} refers to something not told before it: a thing its opening or its closing
   * attribution names by nouns none of which {@code told} (the stems of the words told before it)
   * has or tells a kind of event ({@link EventKinds}), or a source named only "it" when the
   * sentence before it ({@code previous}, null at the top) comes from another article.
   */
  static boolean unreferenced(Candidate c, Set<String> told, Candidate previous) {
    Matcher m = PRONOUN_SOURCE.matcher(c.text);
    if (m.find() && (previous == null || previous.doc != c.doc)) {
      return true;
    }
    for (List<String> thing : referredThings(c.text)) {
      if (!toldAny(thing, told)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code told} has one of the nouns, or one tells a kind of event. */
  static boolean toldAny(List<String> thing, Set<String> told) {
    for (String noun : thing) {
      String stem = Words.stem(noun);
      if (told.contains(stem)
          || told.contains(Words.stem(singular(noun)))
          || EventKinds.tellsAKind(noun)) {
        return true; // "The fire service" in a fire story, "The tremor" in a quake story
      }
    }
    return false;
  }

  /**
   * The name a sentence opens with (its capitalised first words the tagger reads as nouns, up to
   * the first other word: "Promises" of "Promises is a celeb favorite ..."), when {@code told} (the
   * stems of the words told before it) has none of its words; empty otherwise.
   */
  static Optional<String> untoldOpeningName(String sentence, Set<String> told) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    int end = -1;
    for (EnglishTagger.Tok t : toks) {
      // A capitalised first word the models read as a plural or a verb ("Promises") still opens a
      // name: only a later sentence writing it as the start of a longer name moves it.
      if (!Character.isUpperCase(t.text().charAt(0)) || !(t.tagIs("NN") || t.tagIs("VBZ"))) {
        break;
      }
      if (told.contains(Words.stem(t.lower()))) {
        return Optional.empty();
      }
      end = t.end();
    }
    return end < 0 ? Optional.empty() : Optional.of(sentence.substring(0, end));
  }

  /** Whether {@code text} writes {@code name} as the first words of a longer name. */
  static boolean longerName(String text, String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "\\s+\\p{Lu}")
        .matcher(text)
        .find();
  }

  /** "loans" -> "loan": the singular of a regular plural, else the word. */
  private static String singular(String w) {
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
