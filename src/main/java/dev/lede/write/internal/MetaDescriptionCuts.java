package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where a meta description's shortened sentence may end, read on the OpenNLP tags and chunks of the
 * sentence it is cut from ({@link EnglishTagger}): only at a chunk boundary, never inside a noun
 * phrase ("his WBA[, IBF and WBO heavyweight titles]") or a proper name ("Tony[ Thompson]"), and
 * never before what a kept verb requires ({@link VerbComplements}: "made an eight-year offer[ to
 * Teixeira]", "has been pushed[ back]", "placed their rookie[ ... on injured reserve]", "making
 * off[ with a two-million-euro booty]") or what the object of a support verb needs ("keep a
 * comfortable hold[ on his titles]", "make her second appearance[ as host]": the noun carries the
 * verb's meaning, its phrase is the complement). Dev round 23's judges flagged five of twenty metas
 * as cut, each at one of these.
 */
final class MetaDescriptionCuts {
  private MetaDescriptionCuts() {}

  /**
   * Verbs whose object noun carries the meaning ("make an appearance", "keep a hold", "take
   * control"), in {@code support-verbs.txt}.
   */
  private static final Set<String> SUPPORT =
      Set.copyOf(dev.lede.lang.WordLists.lines(MetaDescriptionCuts.class, "support-verbs.txt"));

  /**
   * Prepositions that open a support verb's object's complement ("a hold on", "an appearance as",
   * "an offer to"); not a place or a time ("a 20% stake in the new company" reads whole without
   * it).
   */
  private static final Set<String> SUPPORTED =
      Set.of("on", "as", "of", "over", "about", "against", "to", "with", "for");

  /** Verbs of placing, whose object needs the place it is put: "placed X on injured reserve". */
  private static final Set<String> PLACING = Set.of("place", "put");

  /** Prepositions of a place something is put: "on", "in", "under". */
  private static final Set<String> LOCATIVE = Set.of("on", "in", "under", "into", "onto", "at");

  /** Words after which a span of time asks for its anchor: "a month[ after the Cannes heist]". */
  private static final Set<String> ANCHORS = Set.of("after", "before", "since");

  /**
   * Whether a sentence tagged {@code t} may end after token {@code last}: no phrase or name is cut
   * in two and no kept verb loses what it requires.
   */
  static boolean keepsPhrases(List<Tok> t, int last) {
    if (last < 0 || last + 1 >= t.size()) {
      return true;
    }
    return !midPhrase(t, last)
        && (!word(t.get(last + 1))
            || !dropsComplement(t, last)
                && !dropsPlace(t, last)
                && !dropsSupportComplement(t, last)
                && !dropsAnchor(t, last));
  }

  /**
   * Whether ending after token {@code last} cuts a chunk or a proper name in two (right at the next
   * word, or past a comma the chunker reads inside the phrase).
   */
  static boolean midPhrase(List<Tok> t, int last) {
    if (last < 0 || last + 1 >= t.size()) {
      return false;
    }
    return insideName(t, last)
        || (word(t.get(last + 1)) ? insideChunk(t, last) : insideChunkAfterPunctuation(t, last));
  }

  /** Whether the token is a word or a number, not punctuation. */
  private static boolean word(Tok x) {
    return x.text().codePoints().anyMatch(Character::isLetterOrDigit) || x.text().equals("$");
  }

  /**
   * The chunker reads the next word as part of the last one's phrase ("a Somerset[ supermarket]"),
   * a day it read into a noun phrase aside ("on injured reserve[ Wednesday]").
   */
  static boolean insideChunk(List<Tok> t, int last) {
    Tok next = t.get(last + 1);
    return next.chunk().startsWith("I-")
        && next.phrase().equals(t.get(last).phrase())
        && !TimePhrases.timeWord(next);
  }

  /**
   * A comma or dash the chunker reads inside a noun phrase, with the phrase going on after it ("his
   * WBA[, IBF and WBO heavyweight titles]").
   */
  private static boolean insideChunkAfterPunctuation(List<Tok> t, int last) {
    int k = last + 1;
    while (k < t.size() && !word(t.get(k))) {
      if (!t.get(k).chunk().startsWith("I-")) {
        return false;
      }
      k++;
    }
    if (k >= t.size() || !t.get(k).chunk().startsWith("I-") || !t.get(k).phrase().equals("NP")) {
      return false;
    }
    // A place's state or country after its town ("in Toulouse[, France]."), the chunker's noun
    // phrase's end: a summary may drop it.
    int q = k;
    while (q < t.size() && t.get(q).tag().startsWith("NNP")) {
      q++;
    }
    return !(q > k && (q == t.size() || !word(t.get(q))));
  }

  /**
   * A proper name going on right after the cut, which the chunker split ("Chris[ Ivory]"); a day is
   * not a name's part. A place's state after a comma may go ("in Arlington[, Virginia]"), as may an
   * appositive ("Ashgabat[, Turkmenistan's capital]").
   */
  static boolean insideName(List<Tok> t, int last) {
    Tok next = t.get(last + 1);
    return t.get(last).tag().startsWith("NNP")
        && next.tag().startsWith("NNP")
        && !TimePhrases.timeWord(next);
  }

  /**
   * What a kept verb requires, read by {@link VerbComplements} as the headline's compression reads
   * it, with the time phrases of the kept part skipped: "was named on Friday[ as host]" is "was
   * named[ as host]".
   */
  static boolean dropsComplement(List<Tok> t, int last) {
    boolean[] timeless = new boolean[t.size()];
    Arrays.fill(timeless, true);
    TimePhrases.dropTimePhrases(t, 0, last + 1, timeless);
    List<Tok> u = new ArrayList<>();
    int at = -1;
    for (int k = 0; k < t.size(); k++) {
      if (timeless[k]) {
        u.add(t.get(k));
      }
      if (k == last) {
        at = u.size() - 1;
      }
    }
    if (at < 0 || at + 1 >= u.size()) {
      return false;
    }
    boolean[] keep = new boolean[u.size()];
    Arrays.fill(keep, 0, at + 1, true);
    return VerbComplements.dropsRequired(u, keep, 0, 0, at, u.size())
        || VerbComplements.dropsMetaComplement(u, at, u.size())
        || VerbComplements.cutMidPhrase(u, at, u.size())
        || u.get(at).tag().equals("RP") && u.get(at + 1).lower().equals("with");
  }

  /**
   * A verb of placing kept without the place ("the Saints placed their rookie[ running back ... on
   * injured reserve]"): the place comes after the cut.
   */
  private static boolean dropsPlace(List<Tok> t, int last) {
    int g = last;
    while (g >= 0 && !t.get(g).text().equals(",") && !placing(t.get(g))) {
      g--; // past a participle the chunker reads in the object ("rookie running back")
    }
    if (g < 0 || !placing(t.get(g))) {
      return false;
    }
    for (int k = g + 1; k <= last; k++) {
      if (LOCATIVE.contains(t.get(k).lower())) {
        return false;
      }
    }
    for (int k = last + 1; k < t.size() && !t.get(k).text().equals(","); k++) {
      if (LOCATIVE.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean placing(Tok x) {
    return x.tagIs("VB") && PLACING.contains(HeadlineVerbs.lemma(x.lower()));
  }

  /**
   * A support verb's object noun cut from its phrase: "to keep a comfortable hold[ on his ...
   * titles]", "will make her second appearance[ as an Academy Awards host]"; not a time phrase
   * ("made a statement[ on Friday]").
   */
  private static boolean dropsSupportComplement(List<Tok> t, int last) {
    Tok x = t.get(last);
    Tok next = t.get(last + 1);
    if (!x.tagIs("NN") || x.tag().startsWith("NNP") || !SUPPORTED.contains(next.lower())) {
      return false;
    }
    if (last + 2 < t.size() && TimePhrases.timeWord(t.get(last + 2))
        || last + 3 < t.size() && TimePhrases.timeWord(t.get(last + 3))) {
      return false;
    }
    int g = clauseVerb(t, last);
    if (g < 0 || !SUPPORT.contains(HeadlineVerbs.lemma(t.get(g).lower()))) {
      return false;
    }
    // The object: the noun phrase right after the verb ends at the cut.
    for (int k = g + 1; k <= last; k++) {
      if (!t.get(k).phrase().equals("NP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A span of time cut from what it is counted from: "The raid comes little over a month[ after a
   * masked bandit made off with ...]".
   */
  private static boolean dropsAnchor(List<Tok> t, int last) {
    Tok x = t.get(last);
    return x.tagIs("NN")
        && TimePhrases.timeWord(x)
        && last > 0
        && (t.get(last - 1).tagIs("CD") || t.get(last - 1).tagIs("DT"))
        && ANCHORS.contains(t.get(last + 1).lower());
  }

  /**
   * Whether a to-infinitive of purpose opens at token {@code k}: after the noun of a prepositional
   * phrase ("stopped Tony Thompson in the sixth round[ to keep a comfortable hold on ...]"), where
   * the clause before is whole; not after a verb's object, which may need it ("announced plans[ to
   * expand]").
   */
  static boolean purpose(List<Tok> t, int k) {
    if (k < 2
        || k + 1 >= t.size()
        || !t.get(k).tagIs("TO")
        || !t.get(k + 1).tag().equals("VB")
        || !t.get(k - 1).tagIs("NN")
        || !t.get(k - 1).phrase().equals("NP")) {
      return false;
    }
    int np = k - 1;
    while (np > 0 && t.get(np).chunk().startsWith("I-")) {
      np--;
    }
    return np > 0 && t.get(np - 1).phrase().equals("PP");
  }

  /** The last verb of the clause the cut ends, before {@code last}, or -1. */
  private static int clauseVerb(List<Tok> t, int last) {
    for (int k = last; k >= 0; k--) {
      Tok x = t.get(k);
      if (x.text().equals(",") || x.text().equals(";")) {
        return -1;
      }
      if (x.tagIs("VB") && x.phrase().equals("VP")) {
        return k;
      }
    }
    return -1;
  }
}
