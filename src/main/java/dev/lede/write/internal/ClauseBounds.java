package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Set;

/**
 * Where a sentence's main clause starts and ends, on OpenNLP tags and chunks: after an opening
 * subordinate, adverbial or time part; past an attribution that leads it ("Police said that ...");
 * up to the next clause boundary (a comma, a subordinator, a relative pronoun, a dash), a
 * subordinator used as a preposition not counting ("named Barra as chief executive").
 */
final class ClauseBounds {
  private ClauseBounds() {}

  /** Words that open a subordinate clause: what follows them is not the main news. */
  static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "because",
          "while",
          "when",
          "although",
          "though",
          "as",
          "since",
          "until",
          "unless",
          "if",
          "whereas",
          "despite",
          "amid",
          "following",
          "whether",
          "where",
          "once",
          "so",
          "according",
          "including",
          "than");

  /** "Five years after its launch, ...", "Two days before the vote, ...": a span of time opens. */
  static boolean spanThenSubordinator(List<Tok> t, int end) {
    int k = 0;
    while (k < end && t.get(k).phrase().equals("NP") && !t.get(k).tagIs("NNP")) {
      k++;
    }
    return k > 0
        && k < end
        && t.get(k - 1).tagIs("NNS")
        && Set.of("after", "before", "since", "ago").contains(t.get(k).lower());
  }

  /**
   * Whether the sentence opens with a clause of time led by a noun phrase ending in "time" right
   * before a subject of its own ("The last time Frank Jordan spoke with his son, ..."): the chunker
   * reads it as the subject, but the main clause comes after the comma.
   */
  static boolean timeClause(List<Tok> t, int end) {
    int k = 0;
    while (k + 1 < end && t.get(k + 1).phrase().equals("NP") && !t.get(k + 1).opensPhrase()) {
      k++;
    }
    return k + 1 < end
        && Set.of("time", "moment").contains(t.get(k).lower())
        && t.get(k).tagIs("NN")
        && t.get(k + 1).phrase().equals("NP")
        && t.get(k + 1).opensPhrase();
  }

  /**
   * Whether the sentence opens with a phrase before its subject: a subordinate or adverbial part,
   * or a participle and its preposition ("Dotted among scrubland", which the tagger may read as a
   * name).
   */
  static boolean opensWithPhrase(List<Tok> t) {
    if (t.size() < 3) {
      return false;
    }
    String w = t.get(0).lower();
    return mainStart(t, t.size()) != 0
        || (w.endsWith("ed") || w.endsWith("ing")) && t.get(1).tag().equals("IN");
  }

  /**
   * Whether the word at {@code k} opens a noun phrase that goes on after it, as a participle
   * describing the noun does ("Armed robbers", "Wounded soldiers").
   */
  static boolean describesNoun(List<Tok> t, int k) {
    return t.get(k).chunk().equals("B-NP")
        && k + 1 < t.size()
        && t.get(k + 1).chunk().equals("I-NP");
  }

  /**
   * Whether the word at {@code k} is a participle before the common noun it describes, which the
   * chunker read as a verb phrase of its own ("growing/VBG/B-VP worries/NNS/B-NP about ... are
   * sending"): the subject opens with it; its verb comes later.
   */
  static boolean participleBeforeNoun(List<Tok> t, int k) {
    return k + 2 < t.size()
        && (t.get(k).tag().equals("VBG") || t.get(k).tag().equals("VBN"))
        && t.get(k).phrase().equals("VP")
        && t.get(k + 1).phrase().equals("NP")
        && (t.get(k + 1).tag().equals("NN") || t.get(k + 1).tag().equals("NNS"));
  }

  /** Where the main clause starts: 0, or after an opening subordinate or adverbial part. */
  static int mainStart(List<Tok> t, int end) {
    Tok first = t.get(0);
    // "Armed robbers stole ...": a participle the chunker reads into the subject's noun phrase
    // describes the subject; it opens no phrase of its own ("Armed with a knife, ...").
    boolean describes = describesNoun(t, 0);
    boolean opener =
        first.tagIs("IN")
            || first.tagIs("RB")
            || first.tagIs("VBG") && !describes
            || first.tagIs("VBN") && !describes
            || first.tagIs("WRB")
            || first.tagIs("TO")
            || first.tagIs("CC")
            || first.phrase().equals("PP")
            || first.phrase().equals("SBAR")
            || first.phrase().equals("ADVP")
            || SUBORDINATORS.contains(first.lower())
            || spanThenSubordinator(t, end)
            || timeClause(t, end);
    if (!opener) {
      return 0;
    }
    int afterPlace = -1;
    for (int k = 1; k < Math.min(end - 2, (int) (end * 0.7)); k++) {
      if (t.get(k).text().equals(",")) {
        // "in Newport Beach, Calif., ...": the comma inside the place closes no opening part, the
        // one after the state may (dev ECB+ 1_ecbplus, "Calif. Lindsay Lohan admits herself to").
        int state = placeState(t, k, end);
        if (state > k && t.get(state).text().equals(".")) {
          return state + 1; // "in Newport Beach, Calif. Lindsay Lohan ...", an aside read out
        }
        if (state > k) {
          afterPlace = state + 1;
          k = state;
          continue;
        }
        return k + 1;
      }
    }
    return afterPlace;
  }

  /**
   * Where a state's abbreviation after a place's name ends, when the comma at {@code k} opens one
   * ("Newport Beach, Calif.,"): the comma after it, or its period when a name follows right after
   * (a reading without the aside the comma opened: "Newport Beach, Calif. Lindsay Lohan") or a
   * common noun the place describes ("Troy, Mich. police said"); else -1.
   */
  static int placeState(List<Tok> t, int k, int end) {
    boolean state =
        k > 0
            && k + 3 < end
            && t.get(k - 1).tagIs("NNP")
            && t.get(k + 1).tagIs("NNP")
            && t.get(k + 2).text().equals(".")
            && t.get(k + 2).start() == t.get(k + 1).end();
    if (!state) {
      return -1;
    }
    Tok after = t.get(k + 3);
    boolean common =
        after.tagIs("NN") && !after.tagIs("NNP") && Character.isLowerCase(after.text().charAt(0));
    return after.text().equals(",") ? k + 3 : after.tagIs("NNP") || common ? k + 2 : -1;
  }

  /**
   * Past an attribution that leads the clause ("Police said [that] ...", "The BBC says ...",
   * "Officials told reporters ..."): where the reported clause starts, or -1 when there is none.
   */
  static int afterAttribution(List<Tok> t, int s, int end) {
    int k = s;
    while (k < end && !(ClauseCompression.isVerbish(t.get(k)) && t.get(k).phrase().equals("VP"))) {
      if (t.get(k).text().equals(",")) {
        int state = placeState(t, k, end);
        if (state <= k) {
          return -1;
        }
        k = state; // "Troy, Mich. police said": the place's comma closes no aside
      }
      k++;
    }
    while (k + 1 < end
        && (t.get(k + 1).tagIs("VB") || t.get(k + 1).tagIs("RB"))
        && !t.get(k + 1).opensPhrase()) {
      k++; // "has announced": the reporting verb ends the group
    }
    if (k >= end || k == s || !HeadlineVerbs.reporting(t.get(k).lower())) {
      return -1;
    }
    int r = k + 1;
    if (t.get(k).lower().equals("told") || t.get(k).lower().equals("tells")) {
      while (r < end && t.get(r).phrase().equals("NP")) {
        r++; // "told reporters"
      }
    }
    while (r < end
        && (TimePhrases.TIME_WORDS.contains(t.get(r).lower())
            || t.get(r).tagIs("RB")
            || t.get(r).lower().equals("on")
                && r + 1 < end
                && TimePhrases.TIME_WORDS.contains(t.get(r + 1).lower()))) {
      r++; // "announced Friday that", "said today", "said on Tuesday that"
    }
    if (r < end && t.get(r).lower().equals("that")) {
      r++;
    }
    // What follows must be a clause of its own: a subject and then a verb.
    int verb = r;
    while (verb < end && !ClauseCompression.isVerbish(t.get(verb))) {
      verb++;
    }
    return verb > r && verb < end ? r : -1;
  }

  /** The end of the main clause after the verb: at a clause boundary, or the sentence's end. */
  static int clauseEnd(List<Tok> t, int from, int end) {
    for (int k = from; k < end; k++) {
      Tok x = t.get(k);
      String lw = x.lower();
      if (lw.equals(";")
          || lw.equals(":")
          || lw.equals("(")
          || lw.equals("--")
          || lw.equals("—")
          || lw.equals("–")) {
        return k;
      }
      if (lw.equals("-")
          && k > 0
          && t.get(k).start() > t.get(k - 1).end()
          && !(k + 1 < end && Compounds.compounds(t.get(k - 1), t.get(k + 1)))) {
        return k; // a spaced hyphen opens an aside, unless inside a word ("Wal - Mart")
      }
      if (lw.equals(",") && k > from) {
        return k;
      }
      if (k > from && (x.tagIs("WDT") || x.tagIs("WP") || x.tagIs("WRB"))) {
        return k;
      }
      if (k == from
          && k > 0
          && lw.equals("when")
          && !HeadlineVerbs.reporting(t.get(k - 1).lower())
          && k + 1 < end
          && t.get(k + 1).tag().startsWith("PRP")) {
        return k; // "escaped [when he was being transported]": a clause of time, not the object
      }
      if (k > from
          && SUBORDINATORS.contains(lw)
          && (x.tagIs("IN") || x.tagIs("VBG") || x.tagIs("RB") || lw.equals("according"))
          && !prepositional(t, k, end)) {
        return k;
      }
      if (k > from && x.phrase().equals("SBAR") && x.opensPhrase() && !lw.equals("that")) {
        return k;
      }
      if (k > from + 1 && x.tagIs("VBG") && t.get(k - 1).text().equals(",")) {
        return k - 1;
      }
    }
    return end;
  }

  /**
   * "named Mary Barra as its new chief executive", "delayed after an accident": a subordinator used
   * as a preposition, with a noun phrase and no verb of its own up to the clause's end or comma.
   */
  static boolean prepositional(List<Tok> t, int k, int end) {
    String lw = t.get(k).lower();
    if (!Set.of("as", "after", "before", "since", "until", "following", "despite", "amid")
            .contains(lw)
        || k + 1 >= end
        || !t.get(k + 1).phrase().equals("NP")) {
      return false;
    }
    for (int q = k + 1; q < end; q++) {
      Tok x = t.get(q);
      if (x.text().equals(",") || x.text().equals(";")) {
        return true;
      }
      if (ClauseCompression.isVerbish(x) || x.tagIs("WDT") || x.tagIs("WP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Like {@link ClauseCompression#clauseEnd}, but running past a comma that only precedes "and" + a
   * past verb.
   */
  static int clauseEndAllowingAnd(List<Tok> t, int from, int end, int cut) {
    if (cut + 2 < end
        && t.get(cut).text().equals(",")
        && t.get(cut + 1).lower().equals("and")
        && t.get(cut + 2).tagIs("VBD")) {
      return Math.min(end, cut + 3);
    }
    return cut;
  }

  /**
   * "Emails exchanged among officials ... have been entered", "A woman named Yvonne Hiller shot
   * ...": a lone past participle with a finite verb after it modifies the subject; it is not the
   * clause's verb.
   */
  static boolean reducedRelative(List<Tok> t, int v, int vEnd, int end) {
    boolean vbn = t.get(v).tag().equals("VBN");
    if (vEnd - v != 1 || !(vbn || t.get(v).tag().equals("VBD"))) {
      return false;
    }
    for (int k = vEnd; k < end; k++) {
      Tok x = t.get(k);
      if (x.text().equals(",")
          || x.text().equals(";")
          || x.tagIs("WDT")
          || x.tagIs("WP")
          || x.tagIs("WRB") // "Comeaux escaped when he was being transported": a clause of time
          || x.tagIs("CC")
          || x.lower().equals("that")) {
        return false;
      }
      String lemma = HeadlineVerbs.lemma(x.lower());
      boolean auxiliary =
          (lemma.equals("be") || lemma.equals("have"))
              && k + 1 < end
              && (t.get(k + 1).tag().equals("VBN") || t.get(k + 1).tag().equals("VBG"));
      boolean finite = x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP");
      if (x.tagIs("MD") || auxiliary || vbn && finite) {
        return true;
      }
    }
    return false;
  }
}
