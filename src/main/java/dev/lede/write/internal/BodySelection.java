package dev.lede.write.internal;

import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body: greedy gain of new entities, facts and outlets minus similarity to what is chosen;
 * another outlet's retelling of a chosen fact joins its citation instead of adding a sentence.
 */
final class BodySelection {
  private BodySelection() {}

  static List<Candidate> body(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> chosen,
      GroundingChecker checker,
      Calibration cal,
      SentenceVectors vectors,
      StoryEntities entities) {
    int n = docs.size();
    int maxSentences;
    int maxWords;
    if (n == 1) {
      int usable = (int) cands.stream().filter(c -> c.doc == docs.get(0)).count();
      maxSentences = Math.min(8, Math.max(2, usable / 3));
      maxWords = 230;
    } else {
      maxSentences = Math.min(12, 4 + 2 * n);
      maxWords = 400;
    }
    List<Candidate> body = new ArrayList<>();
    List<Candidate> lede = List.copyOf(chosen);
    Set<Candidate> taken = new HashSet<>(chosen);
    // Tries each candidate once: redundancy and refusals only grow.
    Set<String> citedDocs = new HashSet<>();
    for (Candidate c : chosen) {
      citedDocs.add(c.doc.id());
    }
    double[] maxSim = new double[cands.size()];
    boolean[] blocked = new boolean[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      for (Candidate s : chosen) {
        maxSim[i] = Math.max(maxSim[i], Redundancy.similarity(c, s, cal));
      }
      blocked[i] = taken.contains(c) || Redundancy.redundant(c, chosen);
    }
    int words = 0;
    List<Candidate> spare = new ArrayList<>();
    List<Candidate> retold = new ArrayList<>();
    Set<String> said = new HashSet<>();
    for (Candidate c : chosen) {
      said.addAll(c.content);
    }
    while (body.size() < maxSentences) {
      Candidate best = null;
      int bestIdx = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      Set<String> seenEntities = new HashSet<>();
      for (Candidate s : chosen) {
        seenEntities.addAll(s.entityKeys);
      }
      for (int i = 0; i < cands.size(); i++) {
        Candidate c = cands.get(i);
        if (blocked[i] || words + c.words > maxWords) {
          continue;
        }
        if (!Novelty.addsEnough(c, said)) {
          blocked[i] = true; // what is said only grows
          continue;
        }
        if (c.dangling && !predecessorTaken(c, chosen)) {
          continue;
        }
        if (n >= OffEvent.FROM && OffEvent.offEvent(c, entities, lede)) {
          blocked[i] = true;
          continue;
        }
        int fresh = 0;
        for (String e : c.entityKeys) {
          fresh += seenEntities.contains(e) ? 0 : 1;
        }
        double gain =
            c.score
                + 0.06 * Math.min(fresh, 3)
                + 0.04 * Math.min(c.facts, 2)
                + (n > 1 && !citedDocs.contains(c.doc.id()) ? 0.10 : 0)
                - 0.30 * maxSim[i];
        if (gain > bestGain) {
          best = c;
          bestIdx = i;
          bestGain = gain;
        }
      }
      if (best == null) {
        break;
      }
      blocked[bestIdx] = true;
      if (!checker.supports(best.toSentence())) {
        continue;
      }
      if (n > 1) {
        // One fact once: another outlet's retelling of a chosen fact only adds to its citation,
        // and a sentence with no name, amount or event word the story lacks tells nothing new.
        vectors.complete(List.of(best));
        Optional<Candidate> told = Restatements.restated(best, chosen);
        if (told.isPresent()) {
          Redundancy.cite(told.get(), best, checker);
          retold.add(best);
          continue;
        }
        if (!best.hasQuote
            && !NewFacts.addsFact(
                best.signature(), chosen.stream().map(Candidate::signature).toList())) {
          spare.add(best);
          continue;
        }
      }
      body.add(best);
      chosen.add(best);
      said.addAll(best.content);
      citedDocs.add(best.doc.id());
      words += best.words;
      for (int i = 0; i < cands.size(); i++) {
        if (blocked[i]) {
          continue;
        }
        Candidate c = cands.get(i);
        maxSim[i] = Math.max(maxSim[i], Redundancy.similarity(c, best, cal));
        blocked[i] = Redundancy.redundant(c, List.of(best));
      }
    }
    if (n >= TWO_SECTIONS_FROM) {
      int room = fill(body, chosen, spare, maxWords - words);
      fillWithRetellings(body, chosen, retold, said, room);
    }
    return body;
  }

  /**
   * A story of many outlets that all tell one fact (each a sentence: "Staunton Police arrested
   * Sharron Diane Crawford Smith ...") can still have a body of fewer than two sentences: it takes
   * the retellings that add the most the story has not said ("A co-worker has been charged ..., but
   * authorities say the suspect is near death with a terminal illness"), the more informative
   * version of the fact, rather than leaving it out.
   */
  static void fillWithRetellings(
      List<Candidate> body,
      List<Candidate> chosen,
      List<Candidate> retold,
      Set<String> said,
      int room) {
    List<Candidate> byNews = new ArrayList<>(retold);
    byNews.sort((a, b) -> Integer.compare(Novelty.fresh(b, said), Novelty.fresh(a, said)));
    for (Candidate c : byNews) {
      if (body.size() >= 2) {
        return;
      }
      if (c.words > room
          || !Novelty.addsEnough(c, said)
          || Redundancy.redundant(c, body)
          || Restatements.restated(c, body).isPresent()) {
        continue;
      }
      body.add(c);
      chosen.add(c);
      said.addAll(c.content);
      room -= c.words;
    }
  }

  /** Articles from which a story needs two sections, so a body of two sentences or more. */
  static final int TWO_SECTIONS_FROM = 3;

  /**
   * Many outlets telling one fact (each article a sentence or two) can leave a body of one
   * sentence: the sentences held back only because they name no new name, amount or event word (a
   * reaction, a circumstance) fill it to two, best first, when they retell nothing chosen. Returns
   * the words left.
   */
  static int fill(List<Candidate> body, List<Candidate> chosen, List<Candidate> spare, int room) {
    for (Candidate c : spare) {
      if (body.size() >= 2) {
        return room;
      }
      if (c.words > room
          || Redundancy.redundant(c, body)
          || Restatements.restated(c, chosen).isPresent()) {
        continue;
      }
      body.add(c);
      chosen.add(c);
      room -= c.words;
    }
    return room;
  }

  static boolean predecessorTaken(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      if (s.doc == c.doc && s.sentence == c.sentence - 1) {
        return true;
      }
    }
    return false;
  }
}
