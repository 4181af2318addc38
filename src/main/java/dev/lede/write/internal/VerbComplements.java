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
 * ("lawsuit against computer [and electronics maker Apple Computer]"). A headline that would end
 * before one of them is cut: the compression keeps the complement or drops the whole clause.
 */
final class VerbComplements {
  private VerbComplements() {}

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
    if (next.chunk().startsWith("I-") && t.get(last).phrase().equals(next.phrase()) && inNp(next)) {
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
    if (PERSON_OBJECT_PREPOSITIONS.contains(n)) {
      boolean passive = bare && t.get(g).tag().equals("VBN") && n.equals("of");
      return passive || object && personObject(t, keep, g + 1, last);
    }
    return false;
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
      if (finite && !relative) {
        return k > last; // the that-clause's own verb: cut when it is not kept
      }
    }
    return false;
  }

  /** The last verb kept at or before {@code last} (the main group counts as kept), or -1. */
  private static int governingVerb(List<Tok> t, boolean[] keep, int v, int vEnd, int last) {
    for (int k = last; k >= v; k--) {
      boolean kept = k >= v && k < vEnd || keep[k];
      boolean verb = t.get(k).tagIs("VB") && t.get(k).phrase().equals("VP") || t.get(k).tagIs("MD");
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
}
