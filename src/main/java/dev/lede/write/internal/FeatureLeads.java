package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Set;

/**
 * Whether an English sentence opens a feature rather than stating the news: many CNN and Daily Mail
 * articles open with a scene, an anecdote, a quotation or a question, and the news (who did what)
 * comes a few sentences later. Read on OpenNLP's tags and chunks ({@link EnglishTagger}): a
 * question; a quotation opening the sentence; the reader addressed ("you"); no finite verb; a
 * hedged or counterfactual main verb ("wouldn't have moved", "may be"); a habit rather than an
 * event ("is sometimes branded"); a scene in the past progressive ("was fishing"); an opening
 * "every year" or "the last time"; "it is" or "there was" with no actor; and, for an article's
 * first sentence, a pronoun subject whose referent comes later ("They are the peculiar concrete
 * markings"), or a generic present ("a trend comes around") naming nobody.
 */
final class FeatureLeads {
  private FeatureLeads() {}

  /** A lead-in before a colon and the clause it introduces. */
  private static final java.util.regex.Pattern COLON_LEAD =
      java.util.regex.Pattern.compile("^[^:\"“”]{3,80}?:\\s(?=\\p{L})");

  /** Frequency adverbs: a habit or a character sketch, not an event. */
  private static final Set<String> HABITUAL =
      Set.of("sometimes", "often", "always", "usually", "rarely", "seldom", "frequently");

  /** Modals of a hedge or a counterfactual in the main verb group. */
  private static final Set<String> HEDGING = Set.of("would", "could", "might", "may", "should");

  /** Pronouns that, opening an article, point forward to what it has not yet said. */
  private static final Set<String> CATAPHORIC = Set.of("they", "it", "he", "she", "this", "these");

  /** Time words that open a scene as a noun phrase: "the last time", "every year". */
  private static final Set<String> SCENE_TIME =
      Set.of("time", "year", "day", "night", "week", "month", "morning", "evening", "summer");

  /**
   * Whether the sentence reads as a feature opening; {@code first} when it is its article's first
   * sentence (a forward-pointing pronoun or a generic statement marks a feature only there).
   */
  static boolean feature(String sentence, boolean first) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return false;
    }
    if (s.endsWith("?") || "\"“'‘".indexOf(s.charAt(0)) >= 0) {
      return true;
    }
    java.util.regex.Matcher lead = COLON_LEAD.matcher(s);
    if (lead.find()) {
      // "It was a milestone in aviation history: the first Airbus A380 landed ...": the news
      // follows the lead-in.
      return feature(s.substring(lead.end()), first);
    }
    String outside = Voices.outsideQuotes(s);
    List<Tok> toks = EnglishTagger.tag(s);
    int finite = -1;
    boolean named = false;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (outside.charAt(t.start()) == ' ' && !t.text().isBlank()) {
        continue; // inside a quotation
      }
      String w = t.lower();
      if (w.equals("you") || w.equals("your")) {
        return true;
      }
      if (HABITUAL.contains(w)) {
        return true;
      }
      named |= t.tagIs("NNP") || t.tagIs("CD");
      if (finite < 0 && (t.tagIs("VBD") || t.tagIs("VBZ") || t.tagIs("VBP") || t.tagIs("MD"))) {
        finite = i;
      }
    }
    for (int i = 0; finite < 0 && i < toks.size(); i++) {
      if (pastReadAsParticiple(toks, i)) {
        finite = i;
      }
    }
    if (finite < 0) {
      return true; // a fragment: "Wanted: ...", a caption, a list
    }
    Tok verb = toks.get(finite);
    if (verb.tagIs("MD") && HEDGING.contains(verb.lower())) {
      return true;
    }
    if (verb.tagIs("VBD")
        && (verb.lower().equals("was") || verb.lower().equals("were"))
        && finite + 1 < toks.size()
        && toks.get(finite + 1).tagIs("VBG")) {
      return true; // "Louis Jordan was fishing on a sailboat": a scene
    }
    if (sceneOpening(toks) || expletive(toks, finite)) {
      return true;
    }
    if (first && CATAPHORIC.contains(toks.get(0).lower()) && toks.get(0).tagIs("PRP")
        || first && toks.get(0).lower().equals("they")) {
      return true;
    }
    return first
        && !named
        && (verb.tagIs("VBZ") || verb.tagIs("VBP"))
        && !(finite + 1 < toks.size()
            && (toks.get(finite + 1).tagIs("VBN") || toks.get(finite + 1).tagIs("VBG")));
  }

  /**
   * Whether the word at {@code i} is a past verb the tagger read as a participle: right after the
   * subject's noun phrase and right before its object's ("Staunton Police this morning arrested
   * Sharron Diane Crawford Smith"). A participle describing a noun takes no object ("a man charged
   * with murder"), so the sentence is no fragment.
   */
  private static boolean pastReadAsParticiple(List<Tok> toks, int i) {
    return i > 0
        && i + 1 < toks.size()
        && toks.get(i).tag().equals("VBN")
        && toks.get(i).chunk().equals("B-VP")
        && toks.get(i - 1).phrase().equals("NP")
        && toks.get(i + 1).chunk().equals("B-NP");
  }

  /** "Every year a trend ...", "The last time Frank Jordan spoke ...": a time phrase opening. */
  private static boolean sceneOpening(List<Tok> toks) {
    if (toks.size() < 3) {
      return false;
    }
    String a = toks.get(0).lower();
    String b = toks.get(1).lower();
    if ((a.equals("every") || a.equals("each")) && SCENE_TIME.contains(b)) {
      return true;
    }
    return a.equals("the")
        && (b.equals("last") || b.equals("first") || b.equals("next"))
        && toks.get(2).lower().equals("time");
  }

  /** "It is crunch time", "There was a time": a main clause with no actor. */
  private static boolean expletive(List<Tok> toks, int finite) {
    if (finite < 1) {
      return false;
    }
    Tok subject = toks.get(finite - 1);
    String v = toks.get(finite).lower();
    boolean be = v.equals("is") || v.equals("was") || v.equals("are") || v.equals("were");
    return be && (subject.tagIs("EX") || subject.lower().equals("it") && subject.tagIs("PRP"));
  }

  /**
   * Whether the sentence dates what it tells years back ("20 years ago", "two decades ago", "a
   * century ago"), read on the tagger's numbers: the background of an anniversary or a feature
   * piece, not today's news. Not "a year ago", which compares ("sales fell 35% compared to the same
   * month a year ago").
   */
  static boolean longAgo(String sentence) {
    List<Tok> t = EnglishTagger.tag(Voices.outsideQuotes(sentence));
    for (int k = 2; k < t.size(); k++) {
      String unit = t.get(k - 1).lower();
      if (!t.get(k).lower().equals("ago")
          || !Set.of("years", "decades", "centuries", "decade", "century").contains(unit)) {
        continue;
      }
      Tok n = t.get(k - 2);
      long value =
          n.tagIs("CD")
              ? dev.lede.lang.EnglishWords.count(n.lower())
                  .orElse(n.lower().matches("\\d+") ? Long.parseLong(n.lower()) : 0)
              : 1;
      if (unit.startsWith("decade") || unit.startsWith("centur")
          ? n.tagIs("DT") || value >= 1
          : value >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code sentence} goes on about the event a background sentence ({@code before}, right
   * before it in the same article) told: its subject is "the" and a noun that sentence names or
   * whose verb it is ("... the Dow Jones market crashed" / "The crash sent the market tumbling").
   */
  static boolean continues(String sentence, String before) {
    List<Tok> t = EnglishTagger.tag(sentence);
    if (t.size() < 3 || !t.get(0).lower().equals("the") || !t.get(1).tagIs("NN")) {
      return false;
    }
    String noun = Words.stem(t.get(1).lower());
    for (String w : Words.contentWords(before)) {
      if (Words.stem(w).equals(noun) || Words.stem(HeadlineVerbs.lemma(w)).equals(noun)) {
        return true;
      }
    }
    return false;
  }
}
