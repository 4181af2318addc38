package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a section heading may lead with the keyphrase's phrase ("Gary Ross: what we know"): only
 * when the phrase reads as a heading's topic. An English phrase must be the full name of the
 * story's main actor or of a named body: two words or more, each capitalised (a lower-case body
 * noun may close it, "Bush administration", {@code heading-bodies.txt}), within the headline's
 * subject (the headline's first noun phrase: who the news is about), not the start of a longer name
 * ("Los Angeles County Sheriff" of "... Sheriff's Department"), not a place ("Central Paris"), and
 * not a common phrase capitalised only because it opens the headline ("Fresh riots", "Police
 * officers"; a person or body the entity extractor reads, "Bill Clinton", is a name). A section is
 * headed with it only when it is about it: a third of its sentences or more name one of the
 * phrase's words (a court plea under "Robert Pitman: what we know" over a fire's narrative is not;
 * a body's noun alone, "administration", does not name it). Korean, Japanese and Chinese editions
 * (headline or sections not in Latin script) are not read here, even with a Latin keyphrase
 * ("NASA"): they lead as before.
 */
public final class HeadingPhrases {
  private HeadingPhrases() {}

  /** Lower-case nouns that close the name of a body: "Obama administration". */
  private static final Set<String> BODIES =
      Set.copyOf(WordLists.lines(HeadingPhrases.class, "heading-bodies.txt"));

  /**
   * Whether the phrase of an edition with {@code headline} is read by these rules: both in Latin
   * script (an English edition), not left as before ("NASA" of a Japanese edition leads as before).
   */
  public static boolean read(String phrase, String headline) {
    return !phrase.isBlank() && EnglishTagger.readable(phrase) && EnglishTagger.readable(headline);
  }

  /**
   * Whether {@code phrase} may lead a heading of the story with {@code headline}, whose sentences
   * (lede and sections) are {@code story}.
   */
  public static boolean leads(String phrase, String headline, List<String> story) {
    if (!read(phrase, headline)) {
      return !phrase.isBlank();
    }
    String[] words = phrase.strip().split("\\s+");
    if (words.length < 2) {
      return false; // a lone first name, a bare place, a common noun
    }
    for (int i = 0; i < words.length; i++) {
      boolean body = i == words.length - 1 && i > 0 && BODIES.contains(words[i]);
      if (!body && !capitalised(words[i])) {
        return false;
      }
    }
    if (!inSubject(phrase, headline, story)) {
      return false;
    }
    if (commonWord(words[0])
        && !namedMidSentence(phrase, headline, story)
        && !named(phrase, headline, story)) {
      return false; // "Fresh riots", "Police officers": capitalised only as the headline opens
    }
    return !place(phrase, headline, story);
  }

  /**
   * Whether a section of {@code sentences} is about {@code phrase}: a third of its sentences or
   * more name one of the phrase's words (as the phrase writes it).
   */
  public static boolean about(String phrase, List<String> sentences) {
    if (!read(phrase, String.join(" ", sentences))) {
      return true; // a Korean, Japanese or Chinese section: as before
    }
    if (sentences.isEmpty()) {
      return false;
    }
    String[] words = phrase.strip().split("\\s+");
    List<Pattern> names =
        java.util.Arrays.stream(words)
            .filter(w -> w.length() > 2 && Words.isContent(w.toLowerCase(java.util.Locale.ROOT)))
            .filter(w -> words.length == 1 || !BODIES.contains(w)) // "administration" alone is not
            .map(
                w ->
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])"))
            .toList();
    int naming = 0;
    for (String s : sentences) {
      if (names.stream().anyMatch(p -> p.matcher(s).find())) {
        naming++;
      }
    }
    return naming > 0 && naming * 3 >= sentences.size();
  }

  private static boolean capitalised(String word) {
    int c = word.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /**
   * Whether the phrase stands within the headline's first noun phrase, after at most three words
   * none of which the lexicon knows as a verb ("Texas inmate Arcade Joseph Comeaux Jr.", not
   * "Wladimir Klitschko blasts sluggish Hasim Rahman", which the tagger reads as one noun phrase),
   * and is not the start of a longer name that goes on after a possessive ("Sheriff's Department";
   * a person's possessive does not go on: "Gary Ross's Hunger Games sequel").
   */
  private static boolean inSubject(String phrase, String headline, List<String> story) {
    int at = headline.indexOf(phrase);
    if (at < 0) {
      return false;
    }
    int end = at + phrase.length();
    List<Tok> t = EnglishTagger.tag(headline);
    if (t.isEmpty()) {
      return false;
    }
    for (int k = 0; k < t.size(); k++) {
      Tok x = t.get(k);
      if (x.start() >= end) {
        boolean possessive = x.text().equals("'s") || x.text().equals("’s");
        boolean nameGoesOn =
            possessive
                && k + 1 < t.size()
                && capitalised(t.get(k + 1).text())
                && !typed(phrase, headline, story, EntityType.PERSON);
        return !nameGoesOn;
      }
      if (x.start() < at && (k >= 3 || verb(x) || !x.phrase().equals("NP"))) {
        return false; // the headline's verb comes first: "Wladimir Klitschko blasts ... Rahman"
      }
      if (x.start() > at
          && !x.chunk().equals("I-NP")
          && Character.isLetterOrDigit(x.text().codePointAt(0))) {
        return false; // the phrase ends after the headline's first noun phrase
      }
    }
    return true;
  }

  /** Whether the entity extractor reads the phrase as a person or an organisation. */
  private static boolean named(String phrase, String headline, List<String> story) {
    return typed(phrase, headline, story, EntityType.PERSON)
        || typed(phrase, headline, story, EntityType.ORGANIZATION);
  }

  /** Whether the entity extractor reads the phrase as of {@code type} in the headline or story. */
  private static boolean typed(
      String phrase, String headline, List<String> story, EntityType type) {
    for (String s : concat(headline, story)) {
      if (!s.contains(phrase)) {
        continue;
      }
      for (Mention m : EntityExtractor.extract(s)) {
        if (m.text().equals(phrase) && m.type() == type) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a story sentence (or the headline) writes the phrase after its first word (or after a
   * dash or an opening bracket).
   */
  private static boolean namedMidSentence(String phrase, String headline, List<String> story) {
    Pattern p =
        Pattern.compile(
            "(?<=[\\p{L}\\p{N},;:\"'“”‘’)—–] |\\()" + Pattern.quote(phrase) + "(?![\\p{L}])");
    if (p.matcher(headline).find()) {
      return true;
    }
    for (String s : story) {
      if (p.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lexicon knows a lower-case word as a finite verb ("blasts", "fires"). */
  private static boolean verb(Tok x) {
    if (Character.isUpperCase(x.text().codePointAt(0)) && x.start() > 0) {
      return false;
    }
    for (String tag : List.of("VBZ", "VBD", "VBP")) {
      if (EnglishTagger.known(x.lower(), tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lexicon knows the word in lower case as a common word ("fresh", "police"). */
  private static boolean commonWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (String tag : List.of("NN", "NNS", "JJ", "VB", "VBD", "VBN", "VBZ", "RB")) {
      if (EnglishTagger.known(w, tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity extractor reads the phrase as a place in the headline or the story. */
  private static boolean place(String phrase, String headline, List<String> story) {
    for (String s : concat(headline, story)) {
      if (!s.contains(phrase)) {
        continue;
      }
      for (Mention m : EntityExtractor.extract(s)) {
        if (m.text().equals(phrase) && m.type() == EntityType.PLACE) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> concat(String headline, List<String> story) {
    List<String> all = new java.util.ArrayList<>();
    all.add(headline);
    all.addAll(story);
    return all;
  }
}
