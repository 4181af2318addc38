package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Set;

/**
 * What a verb of a compressed clause still needs, read from the sentence's own tags and chunks (its
 * argument structure as written there): a to-infinitive ("chooses [to step down]", "asks Gupta [to
 * be surgeon general]"), a that-clause with its verb ("reveals [that the hairstyle ... was
 * inspired]"), an "as" phrase ("confirmed [as the man ...]", "think of themselves [as victims]"),
 * the preposition that completes a verb and its person object ("reminds Sterling and Ibe [about
 * ...]", "accused [of murdering ...]"), and the rest of a noun phrase the chunker reads as one
 * ("lawsuit against computer [and electronics maker Apple Computer]"), and the phrase a last word
 * still belongs to ({@link #cutMidPhrase}). A headline that would end before one of them is cut:
 * the compression keeps the complement or marks the clause cut, a last resort.
 */
final class VerbComplements {
  private VerbComplements() {}

  /** Verbs of placing, whose object needs the place it is put: "place X on injured reserve". */
  private static final Set<String> PLACING = Set.of("place", "put");

  private static final Set<String> LOCATIVE = Set.of("on", "in", "under", "into", "onto");

  /** Prepositions that complete a verb with a person object: "remind X about", "accuse X of". */
  private static final Set<String> PERSON_OBJECT_PREPOSITIONS = Set.of("about", "of", "from");

  /**
   * Whether ending the clause after token {@code last} drops what a kept verb or phrase requires.
   * {@code keep} marks the kept tokens, {@code [v, vEnd)} is the main verb group (rendered apart,
   * so counted as kept) and {@code end} the clause's end in the sentence.
   */
  static boolean dropsRequired(List<Tok> t, boolean[] keep, int v, int vEnd, int last, int end) {
    if (incompleteThatClause(t, keep, vEnd, last, end)) {
      return true;
    }
    int q = last + 1;
    if (q >= end || q >= t.size()) {
      return false;
    }
    Tok next = t.get(q);
    boolean namedSum = t.get(last).tagIs("CD") && "\"“”".contains(next.text());
    if (next.chunk().startsWith("I-")
        && t.get(last).phrase().equals(next.phrase())
        && inNp(next)
        && !TimePhrases.timeWord(next) // "on Injured Reserve [Wednesday]": a day read into the NP
        && !namedSum) { // "AU$52.5 million [\"financial assistance package\"]": the sum is whole
      return true; // the chunker reads both sides as one noun phrase
    }
    int g = governingVerb(t, keep, v, vEnd, last);
    if (g < 0) {
      return false;
    }
    // What lies between the governing verb and the cut: nothing, or one object.
    boolean bare = g == last;
    boolean object = !bare && object(t, keep, g + 1, last);
    String n = next.lower();
    if (next.tagIs("TO") && q + 1 < t.size() && t.get(q + 1).tag().equals("VB")) {
      return bare || object; // "chooses to step down", "asks Gupta to be surgeon general"
    }
    if (n.equals("that") && next.phrase().equals("SBAR")) {
      return bare || object && HeadlineVerbs.reporting(t.get(g).lower());
    }
    if (n.equals("as") && q + 1 < t.size() && opensNounPhrase(t.get(q + 1))) {
      // "confirmed as the man", "named Mary Barra as chief executive"; not "cuts 30,000 jobs as
      // part of a plan", an adjunct after a thing.
      return bare || object && personObject(t, keep, g + 1, last);
    }
    if (!bare
        && nounBetween(t, keep, g + 1, last)
        && next.tagIs("IN")
        && PLACING.contains(HeadlineVerbs.lemma(t.get(g).lower()))
        && LOCATIVE.contains(n)) {
      return true; // "places running back Reggie Bush [on injured reserve]"
    }
    if (PERSON_OBJECT_PREPOSITIONS.contains(n)) {
      boolean passive = bare && t.get(g).tag().equals("VBN") && n.equals("of");
      return passive || object && personObject(t, keep, g + 1, last);
    }
    return false;
  }

  /** Prepositions whose phrase after a verb and its object names who gets it, or with what. */
  private static final Set<String> RECIPIENT = Set.of("to", "with");

  /**
   * Whether a sentence cut after token {@code last} (its words up to there kept whole, as a meta
   * description's shortened sentence) leaves a verb without what completes it, beyond {@link
   * #dropsRequired}: its particle ("has been pushed [back several years]") or, after its object,
   * the phrase of who receives it or what it is given with ("made an eight-year offer [to
   * Teixeira]", "would be providing Ford Australia [with a AU$52.5 million package]"). A summary
   * has room for neither to go, unlike a headline.
   */
  static boolean dropsMetaComplement(List<Tok> t, int last, int end) {
    if (last + 1 >= end || last + 1 >= t.size()) {
      return false;
    }
    Tok next = t.get(last + 1);
    if (t.get(last).tagIs("VB")
        && (next.tag().equals("RP")
            || next.phrase().equals("PRT")
            || next.tagIs("RB") && next.phrase().equals("PP"))) {
      return true; // the chunker reads "back" of "pushed back several years" as opening a phrase
    }
    if (!RECIPIENT.contains(next.lower())
        || last + 2 >= end
        || !opensNounPhrase(t.get(last + 2)) && !t.get(last + 2).text().equals("$")) {
      return false;
    }
    boolean[] keep = new boolean[t.size()];
    java.util.Arrays.fill(keep, 0, last + 1, true);
    int g = governingVerb(t, keep, 0, 0, last);
    return g >= 0 && g < last && object(t, keep, g + 1, last);
  }

  /**
   * Whether a that-clause whose "that" the compression dropped ("revealed [that] the hairstyle she
   * models [was inspired ...]") keeps no verb of its own: only a relative clause's.
   */
  private static boolean incompleteThatClause(
      List<Tok> t, boolean[] keep, int vEnd, int last, int end) {
    if (vEnd >= t.size() || keep[vEnd] || !t.get(vEnd).lower().equals("that")) {
      return false;
    }
    for (int k = vEnd + 1; k < end; k++) {
      Tok x = t.get(k);
      boolean finite =
          x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP") || x.tagIs("MD");
      // "the hairstyle she models": a subject pronoun after a noun opens a relative clause.
      boolean relative =
          k >= 2 && t.get(k - 1).tag().equals("PRP") && t.get(k - 2).tagIs("NN")
              || k >= 1 && (t.get(k - 1).tagIs("WDT") || t.get(k - 1).tagIs("WP"));
      if (finite && !relative && !describesNoun(t, k, end)) {
        return k > last; // the that-clause's own verb: cut when it is not kept
      }
    }
    return false;
  }

  /**
   * "a team formed to look into the crash will report": a past form right after a common noun,
   * followed by "to" or a preposition and later by a modal or finite verb of its own clause,
   * describes the noun; the later verb is the clause's.
   */
  private static boolean describesNoun(List<Tok> t, int k, int end) {
    if (!t.get(k).tag().equals("VBD")
        || k == 0
        || !t.get(k - 1).tagIs("NN")
        || t.get(k - 1).tag().equals("NNP")
        || k + 1 >= end
        || !(t.get(k + 1).tagIs("TO") || t.get(k + 1).tagIs("IN"))) {
      return false;
    }
    for (int q = k + 2; q < end; q++) {
      Tok x = t.get(q);
      if (x.text().equals(",") || x.tagIs("CC") || x.tagIs("WDT") || x.tagIs("WP")) {
        return false;
      }
      if (x.tagIs("MD")
          || x.tag().equals("VBZ")
          || x.tag().equals("VBP")
          || x.tag().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  /** The last verb kept at or before {@code last} (the main group counts as kept), or -1. */
  private static int governingVerb(List<Tok> t, boolean[] keep, int v, int vEnd, int last) {
    for (int k = last; k >= v; k--) {
      boolean kept = k >= v && k < vEnd || keep[k];
      boolean verb =
          t.get(k).tagIs("VB")
                  && t.get(k).phrase().equals("VP")
                  && !(k >= vEnd && ClauseCompression.participleAfterLexicalVerb(t, v, k))
              || t.get(k).tagIs("MD");
      if (kept && (verb || k >= v && k < vEnd && t.get(k).tagIs("VB"))) {
        return k;
      }
      if (kept && t.get(k).text().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the kept tokens in [from, to] are one object: a noun phrase ("neurosurgeon Sanjay
   * Gupta", "Raheem Sterling and Jordon Ibe") or a reflexive after "of" ("of themselves").
   */
  private static boolean object(List<Tok> t, boolean[] keep, int from, int to) {
    int words = 0;
    for (int k = from; k <= to; k++) {
      if (!keep[k]) {
        continue;
      }
      Tok x = t.get(k);
      boolean reflexive = x.lower().equals("of") && k + 1 <= to && t.get(k + 1).tag().equals("PRP");
      if (!(inNp(x) || x.tagIs("CC") && x.lower().equals("and") || reflexive)) {
        return false;
      }
      words++;
    }
    return words > 0 && words <= 8;
  }

  /**
   * Whether a noun is kept in [from, to]: the object of a verb of placing, which the chunker may
   * split ("running back Reggie Bush").
   */
  private static boolean nounBetween(List<Tok> t, boolean[] keep, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (keep[k] && t.get(k).tagIs("NN")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the object in [from, to] names a person or group: a name or a pronoun. */
  private static boolean personObject(List<Tok> t, boolean[] keep, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (keep[k] && (t.get(k).tagIs("NNP") || t.get(k).tag().equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inNp(Tok x) {
    return x.phrase().equals("NP");
  }

  private static boolean opensNounPhrase(Tok x) {
    return x.phrase().equals("NP")
        || x.tag().equals("DT")
        || x.tagIs("NN")
        || x.tagIs("JJ")
        || x.tagIs("CD")
        || x.tag().equals("PRP$");
  }

  /** Prepositions that complete a bare noun right after a preposition: "in response to". */
  private static final Set<String> NOUN_COMPLEMENTS = Set.of("to", "from", "of", "for");

  /**
   * Whether ending after token {@code last} cuts a phrase that the next word still belongs to: a
   * noun before the clause that defines it ("confirmed as the man [who will present ...]", "charges
   * [that she married ...]", "the number [of people]"), a number split by a separator ("fallen 2[,
   * 000ft]", "at 8[: 00 am]"), or an active verb before its object ("willing to contribute [$12
   * million]", "promised [to hand out refunds]").
   */
  static boolean cutMidPhrase(List<Tok> t, int last, int end) {
    if (last + 1 >= end) {
      return false;
    }
    Tok x = t.get(last);
    Tok next = t.get(last + 1);
    String n = next.lower();
    // Only a bare noun ("the man", "charges") needs what defines it; "a Ukrainian singer" not.
    boolean bare =
        last == 0
            || t.get(last - 1).tag().equals("DT")
            || !t.get(last - 1).tagIs("JJ")
                && !t.get(last - 1).tagIs("NN")
                && !t.get(last - 1).tagIs("CD");
    if (x.tagIs("NN")
        && !x.tag().equals("NNP")
        && bare
        && (n.equals("that")
            || n.equals("who")
            || n.equals("whom")
            || n.equals("whose")
            || n.equals("of"))) {
      return true;
    }
    if (x.tagIs("NN")
        && !x.tag().equals("NNP")
        && last > 0
        && t.get(last - 1).tagIs("IN")
        && (NOUN_COMPLEMENTS.contains(n) || n.equals("with") && x.lower().endsWith("tion"))) {
      // "in response [to ...]", "in connection [with ...]": a phrase cut at its noun; "ends in
      // tragedy with one man dead" is whole.
      return true;
    }
    if (x.tagIs("CD")
        && (n.equals(",") || n.equals(":") || n.equals("."))
        && last + 2 < t.size()
        && t.get(last + 2).tagIs("CD")) {
      return true;
    }
    if (n.equals("about") && (x.tagIs("NN") || x.tag().equals("PRP"))
        || x.tag().equals("PRP") && x.lower().endsWith("selves") && next.tagIs("IN")) {
      // "reminds Sterling and Ibe [about their responsibilities]", "think of themselves [as
      // victims]": what the verb is about is still to come.
      return true;
    }
    if (x.tag().equals("VB")
        && last > 0
        && t.get(last - 1).tagIs("TO")
        && next.tagIs("IN")
        && next.opensPhrase()
        && !TimePhrases.timeWord(last + 2 < end ? t.get(last + 2) : next)) {
      return true; // "team formed to look [into the crash]": the infinitive's phrase is cut
    }
    boolean activeVerb = x.tagIs("VB") && !x.tag().equals("VBN");
    if (x.tag().equals("NNP")
        && (n.equals("and") || n.equals("or"))
        && last + 2 < end
        && t.get(last + 2).tag().equals("NNP")) {
      return true; // "reminds Raheem Sterling [and Jordon Ibe]": a list of names split
    }
    if (activeVerb && (n.equals("or") || n.equals("and")) && x.tag().equals("VB")) {
      return true; // "can make [or break a manager]"
    }
    return activeVerb
        && !TimePhrases.timeWord(
            next) // "later died [Thursday]": a time phrase, not the verb's object
        && (next.tag().equals("DT")
            || next.tagIs("CD")
            || next.tagIs("NN")
            || next.tagIs("JJ")
            || next.tag().equals("PRP$")
            || next.tag().equals("TO")
            || next.text().equals("$")
            || n.equals("between"));
  }

  /** A "that" or subordinate part after the verb keeps a verb of its own. */
  static boolean complete(List<Tok> t, int vEnd, int last, boolean[] keep) {
    for (int k = last; k >= vEnd; k--) {
      Tok x = t.get(k);
      if (keep[k] && (x.lower().equals("that") || x.tagIs("WDT") || x.tagIs("WP"))) {
        for (int q = k + 1; q <= last; q++) {
          if (keep[q] && ClauseCompression.isVerbish(t.get(q))) {
            return true;
          }
        }
        return false;
      }
    }
    return true;
  }
}
