package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence whose subject describes a person it does not name: "The 52-year-old earned GB's second
 * medal", "The actress, 33, reportedly headed to a Malibu treatment facility", "The popular
 * syndicated talkshow host also fronted the Emmys". Right after the sentence that names that person
 * it reads well; opening a lede, it leaves the reader asking who. The subject is read from OpenNLP
 * tags: "The", then words up to the first verb, comma or adverb; it describes an unnamed person
 * when its last word is an age ("52-year-old") or a noun of {@code person-nouns.txt}.
 */
final class UnnamedOpenings {
  private UnnamedOpenings() {}

  private static final Set<String> PERSON_NOUNS =
      WordLists.words(UnnamedOpenings.class, "person-nouns.txt");

  /** An age closing the subject: "52-year-old", "26 - year - old" (spaced by some extractors). */
  private static final Pattern AGE = Pattern.compile("\\d+\\s?-\\s?years?\\s?-\\s?olds?$");

  /** Cheap test first: only a sentence opening with "The" is tagged. */
  private static final Pattern OPENS_WITH_THE = Pattern.compile("^The\\s");

  static boolean opensUnnamed(String sentence) {
    return unnamedSubjectEnd(sentence) >= 0;
  }

  /**
   * Where the subject describing an unnamed person ends ("The comedian and talk show host| made the
   * announcement"), or -1 when the sentence does not open with one ({@link #opensUnnamed}).
   */
  static int unnamedSubjectEnd(String sentence) {
    if (!OPENS_WITH_THE.matcher(sentence).find()) {
      return -1;
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    EnglishTagger.Tok head = null;
    for (int i = 1; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      // A bare "VB" inside the noun phrase is a noun mis-tagged ("The comedian and talk show
      // host"): a subject's verb is finite or a participle.
      boolean bare = t.tag().equals("VB") && t.phrase().equals("VP") && i + 1 < toks.size();
      if (bare && toks.get(i + 1).tagIs("NN") && toks.get(i - 1).tagIs("CC")) {
        continue;
      }
      if (t.tagIs("VB") || t.tagIs("MD") || t.tagIs("RB") || t.text().equals(",")) {
        break;
      }
      if (t.tagIs("IN") || t.tagIs("WDT") || t.tagIs("WP")) {
        return -1; // "The wife of Tony Blair", "The man who ...": named or restricted further on
      }
      head = t;
    }
    if (head == null) {
      return -1;
    }
    String w = head.lower();
    boolean unnamed =
        AGE.matcher(sentence.substring(0, head.end())).find()
            || PERSON_NOUNS.contains(w)
            || PERSON_NOUNS.contains(singular(w));
    return unnamed ? head.end() : -1;
  }

  /** Whether the word is a noun of {@code person-nouns.txt}: "forward", "actress". */
  static boolean personNoun(String lower) {
    return PERSON_NOUNS.contains(lower);
  }

  /** "players" -> "player": the singular of a regular plural, else the word. */
  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
