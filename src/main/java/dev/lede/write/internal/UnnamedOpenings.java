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
    if (!OPENS_WITH_THE.matcher(sentence).find()) {
      return false;
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    EnglishTagger.Tok head = null;
    for (int i = 1; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      if (t.tagIs("VB") || t.tagIs("MD") || t.tagIs("RB") || t.text().equals(",")) {
        break;
      }
      if (t.tagIs("IN") || t.tagIs("WDT") || t.tagIs("WP")) {
        return false; // "The wife of Tony Blair", "The man who ...": named or restricted further on
      }
      head = t;
    }
    if (head == null) {
      return false;
    }
    String w = head.lower();
    return AGE.matcher(sentence.substring(0, head.end())).find()
        || PERSON_NOUNS.contains(w)
        || PERSON_NOUNS.contains(singular(w));
  }

  /** "players" -> "player": the singular of a regular plural, else the word. */
  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
