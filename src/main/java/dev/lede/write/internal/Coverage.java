package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which outlets a chosen sentence cites: other outlets' sentences that support it on their own
 * (corroboration), and a sentence of each uncited article until at least three are cited.
 */
final class Coverage {
  private Coverage() {}

  /** Lexical cosine over which another outlet's sentence is tried as corroboration. */
  static final double CORROBORATE_LEXICAL = 0.5;

  /**
   * Makes the story cite at least min(3, n) of its n articles: an uncited article adds its best
   * sentence that is not a near-duplicate of one already chosen (cosine over 0.9 or word Jaccard
   * over 0.6), so every outlet that reported the event can be seen and checked.
   */
  static void cover(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> lede,
      List<Candidate> body,
      GroundingChecker checker,
      StoryEntities entities) {
    Set<String> cited = new HashSet<>();
    List<Candidate> chosen = new ArrayList<>(lede);
    chosen.addAll(body);
    for (Candidate c : chosen) {
      c.toSentence().sources().forEach(sp -> cited.add(sp.article()));
    }
    int wanted = Math.min(3, docs.size());
    for (Doc d : docs) {
      if (cited.size() >= wanted) {
        return;
      }
      if (cited.contains(d.id())) {
        continue;
      }
      Candidate best = null;
      for (Candidate c : cands) {
        if (c.doc != d
            || c.dangling
            || Redundancy.nearDuplicate(c, chosen)
            || docs.size() >= OffEvent.FROM && OffEvent.offEvent(c, entities, lede)) {
          continue;
        }
        if ((best == null || c.score > best.score) && checker.supports(c.toSentence())) {
          best = c;
        }
      }
      if (best == null) {
        continue;
      }
      Optional<Candidate> told = Restatements.restated(best, chosen);
      if (told.isPresent()) {
        // Its best sentence retells a chosen fact: the outlet joins that sentence's citation.
        if (Redundancy.cite(told.get(), best, checker)) {
          cited.add(d.id());
        }
        continue;
      }
      body.add(best);
      chosen.add(best);
      cited.add(d.id());
    }
  }

  /** Adds up to two other outlets' sentences that support a chosen sentence on their own. */
  static void corroborate(List<Candidate> chosen, List<Candidate> cands, GroundingChecker checker) {
    for (Candidate c : chosen) {
      Set<String> outlets = new LinkedHashSet<>();
      outlets.add(c.doc.outlet());
      Map<Candidate, Double> close = new LinkedHashMap<>(); // candidate order breaks ties
      for (Candidate o : cands) {
        if (o.doc == c.doc || outlets.contains(o.doc.outlet())) {
          continue;
        }
        boolean both = o.hasVector() && c.hasVector();
        double sim = both ? Vectors.cosine(o.vector, c.vector) : o.lex.cosine(c.lex);
        if (sim >= (both ? 0.8 : CORROBORATE_LEXICAL)) {
          close.put(o, sim + (both ? 1 : 0));
        }
      }
      List<Candidate> others = new ArrayList<>(close.keySet());
      others.sort((a, b) -> Double.compare(close.get(b), close.get(a)));
      for (Candidate o : others) {
        if (outlets.size() >= 3 || outlets.contains(o.doc.outlet())) {
          continue;
        }
        List<SourceSpan> own = o.spans;
        if (checker.check(c.text, own).supported()) {
          c.corroboration.addAll(own);
          outlets.add(o.doc.outlet());
        }
      }
    }
  }
}
