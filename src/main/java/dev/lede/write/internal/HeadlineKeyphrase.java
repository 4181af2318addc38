package dev.lede.write.internal;

import dev.lede.model.Section;
import dev.lede.write.SeoAnalyzer;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The focus keyphrase, chosen from what the headline says: the planner's keyphrase when the
 * headline holds it and the meta description names it once; else the best noun phrase of the
 * headline (a run of nouns, names, adjectives and numbers, with the planner's words and names
 * preferred) that the meta description names exactly once. Nothing is forced into the headline.
 */
public final class HeadlineKeyphrase {
  private HeadlineKeyphrase() {}

  /** The headline's noun phrases, best first, for a meta description to be made around. */
  public static List<String> phrases(String headline) {
    if (Korean.isKorean(headline)) {
      return koreanPhrases("", headline);
    }
    List<Tok> t = EnglishTagger.tag(headline);
    List<String> out = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      for (int j = i + 1; j <= Math.min(t.size(), i + 3); j++) {
        boolean all = true;
        for (int k = i; k < j; k++) {
          all &= phraseToken(t.get(k));
        }
        if (!all) {
          break;
        }
        if (!nounLike(t.get(j - 1))) {
          continue;
        }
        String phrase = headline.substring(t.get(i).start(), t.get(j - 1).end());
        if (Words.contentWords(phrase).isEmpty()) {
          continue;
        }
        double score = (j - i) + (i == 0 ? 1.5 : 0) + (t.get(i).tagIs("NNP") ? 1 : 0);
        int at = 0;
        while (at < scores.size() && scores.get(at) >= score) {
          at++;
        }
        out.add(at, phrase);
        scores.add(at, score);
      }
    }
    return out;
  }

  /**
   * Whether {@code phrase} is part of a longer name in the headline ("Ellen" of "Ellen DeGeneres"):
   * a keyphrase names the whole, so such a part comes after the other phrases.
   */
  public static boolean partOfName(String headline, String phrase) {
    int at = headline.indexOf(phrase);
    if (at < 0 || phrase.isBlank()) {
      return false;
    }
    int end = at + phrase.length();
    List<Tok> t = EnglishTagger.tag(headline);
    for (int k = 0; k < t.size(); k++) {
      Tok x = t.get(k);
      boolean name = x.tag().equals("NNP") || x.tag().equals("NNPS");
      if (name && (x.end() == at - 1 && k + 1 < t.size() && t.get(k + 1).start() == at)) {
        return t.get(k + 1).tagIs("NNP"); // a name right before: "Ellen [DeGeneres]"
      }
      if (name && x.start() == end + 1 && k > 0 && t.get(k - 1).end() == end) {
        return t.get(k - 1).tagIs("NNP"); // a name right after: "[Ellen] DeGeneres"
      }
    }
    return false;
  }

  /** The keyphrase for a headline and meta description, starting from the planner's choice. */
  public static String choose(String planned, String headline, String meta) {
    if (SeoAnalyzer.containsKeyphrase(headline, planned)
        && SeoAnalyzer.phraseCount(meta, planned) == 1) {
      return planned;
    }
    if (Korean.isKorean(headline)) {
      for (String p : koreanPhrases(planned, headline)) {
        if (SeoAnalyzer.phraseCount(meta, p) == 1) {
          return p;
        }
      }
      return planned;
    }
    List<Tok> t = EnglishTagger.tag(headline);
    Set<String> plannedWords = Set.copyOf(Words.lowerWords(planned));
    String best = null;
    double bestScore = 0;
    for (int i = 0; i < t.size(); i++) {
      for (int j = i + 1; j <= Math.min(t.size(), i + 4); j++) {
        if (!nounLike(t.get(j - 1)) || !nounLike(t.get(i)) && !t.get(i).tagIs("JJ")) {
          if (!phraseToken(t.get(j - 1))) {
            break;
          }
          continue;
        }
        boolean all = true;
        for (int k = i; k < j; k++) {
          all &= phraseToken(t.get(k));
        }
        if (!all) {
          break;
        }
        String phrase = headline.substring(t.get(i).start(), t.get(j - 1).end());
        if (Words.contentWords(phrase).isEmpty()
            || SeoAnalyzer.phraseCount(meta, phrase) != 1
            || !SeoAnalyzer.containsKeyphrase(headline, phrase)) {
          continue;
        }
        double score = 0;
        for (int k = i; k < j; k++) {
          Tok x = t.get(k);
          score += 1;
          score += x.tagIs("NNP") ? 1 : 0;
          score += plannedWords.contains(x.lower()) ? 1.5 : 0;
        }
        score -= j - i > 3 ? 1 : 0;
        score += i == 0 ? 1.5 : 0; // the subject: who the news is about
        if (score > bestScore) {
          bestScore = score;
          best = phrase;
        }
      }
    }
    return best != null ? best : planned;
  }

  /**
   * The shortest run of two to four headline words, opening on a content word, that {@code meta}
   * names exactly once ("Germans now" when the summary says "Germans now think ..." and "Germans no
   * longer ..."): for a summary that names each single phrase of the headline twice or never.
   * Failing that, one headline noun the summary names once (a name first): a summary that shares
   * only a name with its headline still holds its keyphrase, where no phrase of two words would
   * have left it without one.
   */
  public static java.util.Optional<String> namedOnce(String headline, String meta) {
    List<Tok> t = EnglishTagger.tag(headline);
    java.util.Optional<String> run = namedOnce(headline, meta, t);
    if (run.isPresent()) {
      return run;
    }
    for (String tag : List.of("NNP", "NN")) {
      for (Tok w : t) {
        if (w.tagIs(tag)
            && Words.isContent(w.lower())
            && w.text().length() > 2
            && SeoAnalyzer.phraseCount(meta, w.text()) == 1
            && SeoAnalyzer.containsKeyphrase(headline, w.text())) {
          return java.util.Optional.of(w.text());
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<String> namedOnce(String headline, String meta, List<Tok> t) {
    for (int len = 2; len <= 4; len++) {
      for (int i = 0; i + len <= t.size(); i++) {
        if (!Words.isContent(t.get(i).lower())) {
          continue;
        }
        String phrase = headline.substring(t.get(i).start(), t.get(i + len - 1).end());
        if (SeoAnalyzer.phraseCount(meta, phrase) == 1
            && SeoAnalyzer.containsKeyphrase(headline, phrase)) {
          return java.util.Optional.of(phrase);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A Korean headline's phrases, best first, each made of its nouns as Nori reads them (particles
   * and verb endings left off): the planner's keyphrase when those nouns give it, then the topic
   * with the event (the first noun with the last, as Korean news titles pair them: "천안함 침몰"), then
   * each run of two adjacent nouns, then single nouns, earlier first.
   */
  static List<String> koreanPhrases(String planned, String headline) {
    List<KoreanNouns.Noun> nouns = KoreanNouns.of(headline);
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    List<String> words = nouns.stream().map(KoreanNouns.Noun::text).toList();
    if (!planned.isBlank() && words.containsAll(List.of(planned.strip().split("\\s+")))) {
      out.add(planned.strip());
    }
    if (nouns.size() >= 2) {
      out.add(words.get(0) + " " + words.get(words.size() - 1));
    }
    for (int i = 0; i + 1 < nouns.size(); i++) {
      if (nouns.get(i + 1).start() - nouns.get(i).end() <= 1) {
        out.add(words.get(i) + " " + words.get(i + 1));
      }
    }
    out.addAll(words);
    List<String> held = new ArrayList<>();
    for (String p : out) {
      if (SeoAnalyzer.containsKeyphrase(headline, p)) {
        held.add(p);
      }
    }
    return held;
  }

  private static boolean nounLike(Tok x) {
    return x.tagIs("NN") || x.tagIs("CD");
  }

  private static boolean phraseToken(Tok x) {
    return x.tagIs("NN") || x.tagIs("JJ") || x.tagIs("CD");
  }

  /**
   * The phrase of {@code headline} a subheading leads with for {@code keyphrase}: the keyphrase
   * with the rest of the noun chunk it stands in ("Ellen DeGeneres" for "Ellen", "Gary Ross" for
   * "Ross", "Two possible gang members" for "Two possible gang"), so the heading names a whole
   * person or thing and still holds the keyphrase: names before it (not a headline's first word the
   * lexicon knows as a noun, "Actress"), nouns and numbers after it, never a word the lexicon knows
   * as a verb ("Indian Navy captures") and never past a possessive ("Los Angeles County Sheriff" of
   * "... Sheriff's Department"). The keyphrase itself when the headline does not hold it as a run
   * of words.
   */
  public static String headingPhrase(String headline, String keyphrase) {
    int at = headline.indexOf(keyphrase);
    if (keyphrase.isBlank() || at < 0 || Korean.isKorean(headline)) {
      return keyphrase;
    }
    int end = at + keyphrase.length();
    List<Tok> t = EnglishTagger.tag(headline);
    int first = -1;
    int last = -1;
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).start() == at) {
        first = k;
      }
      if (t.get(k).end() == end) {
        last = k;
      }
    }
    if (first < 0 || last < first) {
      return keyphrase; // the keyphrase starts or ends inside a word
    }
    while (first > 0
        && t.get(first).chunk().equals("I-NP")
        && t.get(first - 1).tagIs("NNP")
        && !verb(t.get(first - 1))
        && !(first - 1 == 0 && EnglishTagger.known(t.get(0).lower(), "NN"))) {
      first--; // "Gary" of "Gary Ross", not "Actress" of "Actress Julia Louis-Dreyfus"
    }
    while (last + 1 < t.size()
        && t.get(last + 1).chunk().equals("I-NP")
        && nounAfter(t.get(last + 1))) {
      last++;
    }
    return headline.substring(t.get(first).start(), t.get(last).end());
  }

  /**
   * Whether a headline word after a keyphrase goes on its noun phrase: a number, a name, or a word
   * the lexicon knows as a noun and never as a verb ("members", "warehouse"). Headlines drop the
   * words that tell the tagger a verb follows, so it reads "Indian Navy captures" and "Chrysler
   * files" as nouns: an unknown lower-case word or one the lexicon also knows as a verb ends it.
   */
  private static boolean nounAfter(Tok x) {
    if (x.tagIs("CD")) {
      return true;
    }
    if (!x.tagIs("NN") || verb(x)) {
      return false;
    }
    return Character.isUpperCase(x.text().charAt(0))
        ? x.tagIs("NNP")
        : EnglishTagger.known(x.lower(), "NN") || EnglishTagger.known(x.lower(), "NNS");
  }

  /** Whether the lexicon knows a word as a verb ("place", "shot", "files"). */
  private static boolean verb(Tok x) {
    for (String tag : List.of("VBZ", "VBP", "VBD", "VBN", "VB")) {
      if (EnglishTagger.known(x.lower(), tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sections with subheadings that led with the planner's keyphrase now leading with the one
   * the headline gave ({@code keyphrase}, or the whole noun phrase of the headline it stands in:
   * {@link #headingPhrase}) where it reads as the section's topic, plain ones elsewhere ({@link
   * HeadingPhrases}, {@link SectionLayout#relabelled}).
   */
  public static List<Section> relabel(
      List<Section> sections,
      String planned,
      String keyphrase,
      String headline,
      List<dev.lede.model.WrittenSentence> lede) {
    List<String> story = new ArrayList<>();
    lede.forEach(w -> story.add(w.text()));
    sections.forEach(s -> story.addAll(SectionLayout.sentences(s)));
    return SectionLayout.relabelled(sections, planned, keyphrase, headline, story);
  }
}
