package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.internal.Headlines.Headline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A headline whose subject is a bare surname ("Ross to meet with Lionsgate officials") names the
 * person in full as the story does ("Gary Ross to meet ..."): a reader meets the headline first,
 * before any sentence that introduces them (dev verdicts: "who Ross is", "unknown names"). The
 * naming sentence is cited beside the headline's own, so the grounding checker confirms it. Read on
 * the tagger's output: a surname is a capitalised word tagged as a name that opens the headline
 * alone (the next word is no name); its full name is the one given name the story's sentences put
 * right before it (a name word, not one the story uses alone, as a place's or team's first word is:
 * "Portland" of "Portland Trail Blazers"), the name ending there. Two given names (two people of
 * the surname) or none leave the headline as it is.
 */
final class HeadlineNames {
  private HeadlineNames() {}

  /** The headline with its bare-surname subject written in full, or as it was. */
  static Headline named(Headline h, List<WrittenSentence> story, Set<String> alone) {
    List<EnglishTagger.Tok> t = EnglishTagger.tag(h.text());
    if (t.size() < 3
        || !t.get(0).tag().equals("NNP")
        || t.get(0).start() != 0
        || t.get(1).tagIs("NNP")
        || t.get(1).tag().equals("POS")
        || !Introductions.fullNameShaped(new String[] {t.get(0).text(), t.get(0).text()})) {
      return h;
    }
    String surname = t.get(0).text();
    Set<String> given = new HashSet<>();
    WrittenSentence naming = null;
    for (WrittenSentence ws : story) {
      List<EnglishTagger.Tok> s = EnglishTagger.tag(ws.text());
      for (int k = 1; k < s.size(); k++) {
        if (!s.get(k).text().equals(surname)
            || k + 1 < s.size() && (s.get(k + 1).tagIs("NNP") || s.get(k + 1).text().equals("."))) {
          continue;
        }
        EnglishTagger.Tok first = s.get(k - 1);
        if (k >= 2 && (s.get(k - 2).lower().equals("and") || s.get(k - 2).text().equals("&"))) {
          return h; // "his son and daughter, Donavan and Donna Freberg": the surname is shared
        }
        if (first.tag().equals("NNP")
            && Introductions.fullNameShaped(new String[] {first.text(), surname})
            && !alone.contains(first.text())
            && !Words.STOPWORDS.contains(first.lower())
            && !common(first.lower())) {
          given.add(first.text());
          naming = naming == null ? ws : naming;
        }
      }
    }
    if (given.size() != 1) {
      return h;
    }
    String full = given.iterator().next() + " " + surname;
    String text = full + h.text().substring(surname.length());
    if (text.length() > Headlines.HEADLINE_MAX) {
      return h;
    }
    List<SourceSpan> sources = new ArrayList<>(h.sources());
    for (SourceSpan s : naming.sources()) {
      if (s.quote().contains(full)) {
        sources.add(new SourceSpan(s.article(), full));
      }
    }
    return Headlines.supported(text, sources, sources)
        ? new Headline(text, sources, h.sentence(), h.from())
        : h;
  }

  /**
   * Whether the lexicon knows the word as a common noun, adjective or verb: "Ship" of "Indian Naval
   * Ship Sukanya", "Director" of "Director Gary Ross" describe, they are no given name.
   */
  private static boolean common(String lower) {
    return EnglishTagger.known(lower, "NN")
        || EnglishTagger.known(lower, "NNS")
        || EnglishTagger.known(lower, "JJ")
        || EnglishTagger.known(lower, "VB");
  }
}
