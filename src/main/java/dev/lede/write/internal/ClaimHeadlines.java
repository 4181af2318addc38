package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Headlines that keep who makes a claim: "Gordon Brown has warned that the Scottish nationalists
 * want an SNP vote ..." compressed to its that-clause alone states the warning as fact, which
 * editors judged misleading. For a sentence whose named subject (a full name: two or more proper
 * nouns) warns, claims, insists, believes, suggests, alleges or argues that something is so, each
 * compression of the that-clause short enough is also offered after the name and the verb in
 * headline tense ("Gordon Brown warns Scottish nationalists want SNP vote"); {@link #claimed} tells
 * the headline scorer which bare clauses lost such a speaker.
 */
final class ClaimHeadlines {
  private ClaimHeadlines() {}

  /** Verbs that make what follows someone's claim rather than a fact the outlet reports. */
  private static final Set<String> CLAIMS =
      Set.of("warn", "claim", "insist", "believe", "suggest", "allege", "argue");

  /** Where a named speaker's claim opens: the "that" after the verb, or -1. */
  private static int thatAt(List<Tok> t) {
    int k = 0;
    while (k < t.size() && t.get(k).tag().equals("NNP")) {
      k++;
    }
    if (k < 2 || k >= t.size()) {
      return -1;
    }
    int v = k;
    if (Set.of("has", "have", "had").contains(t.get(v).lower()) && v + 1 < t.size()) {
      v++;
    }
    if (!t.get(v).tagIs("VB") || !CLAIMS.contains(HeadlineVerbs.lemma(t.get(v).lower()))) {
      return -1;
    }
    return v + 1 < t.size() && t.get(v + 1).lower().equals("that") ? v + 1 : -1;
  }

  /**
   * Whether the compressed clause {@code c} of {@code sentence} is the claim of a named speaker
   * told without them.
   */
  static boolean claimed(String sentence, ClauseCompression.Compressed c) {
    if (!EnglishTagger.readable(sentence)) {
      return false;
    }
    List<Tok> t = EnglishTagger.tag(sentence);
    int that = thatAt(t);
    return that >= 0 && c.from() > t.get(that).start();
  }

  /** The sentence's claim compressions headed by the speaker, each at most {@code max} chars. */
  static List<ClauseCompression.Compressed> headed(
      String sentence, int max, java.util.Set<String> known) {
    if (!EnglishTagger.readable(sentence)) {
      return List.of();
    }
    List<Tok> t = EnglishTagger.tag(sentence);
    int that = thatAt(t);
    if (that < 0) {
      return List.of();
    }
    int nameEnd = 0;
    while (t.get(nameEnd).tag().equals("NNP")) {
      nameEnd++;
    }
    String verb = HeadlineVerbs.present(HeadlineVerbs.lemma(t.get(that - 1).lower()), true);
    String head = sentence.substring(0, t.get(nameEnd - 1).end()) + " " + verb + " ";
    List<ClauseCompression.Compressed> out = new ArrayList<>();
    for (ClauseCompression.Compressed c :
        ClauseCompression.candidates(sentence, max - head.length(), known)) {
      if (c.from() <= t.get(that).start() || c.cut()) {
        continue;
      }
      String clause = c.text();
      // The clause's first word as the sentence writes it: "the" dropped, "Scottish" kept.
      String word = clause.split("\\s", 2)[0];
      String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
      if (!word.equals(lower) && sentence.contains(" " + lower + " ")) {
        clause = lower + clause.substring(word.length());
      }
      out.add(
          new ClauseCompression.Compressed(
              head + clause, 0, c.to(), c.verb(), true, false, c.detailed()));
    }
    return out;
  }
}
