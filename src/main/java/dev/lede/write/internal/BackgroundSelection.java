package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The background section: up to three sentences of earlier related stories, most central first. */
final class BackgroundSelection {
  private BackgroundSelection() {}

  static List<WrittenSentence> background(
      List<Candidate> bg, List<Candidate> chosen, GroundingChecker checker) {
    List<Candidate> sorted = new ArrayList<>(bg);
    Map<Candidate, Double> s = new HashMap<>();
    for (Candidate c : bg) {
      s.put(c, c.centrality + 0.1 * Math.exp(-c.sentence / 3.0));
    }
    sorted.sort((a, b) -> Double.compare(s.get(b), s.get(a)));
    List<Candidate> picked = new ArrayList<>();
    List<Candidate> against = new ArrayList<>(chosen);
    for (Candidate c : sorted) {
      if (picked.size() >= 3 || s.get(c) < 0.3) {
        break;
      }
      if (Redundancy.redundant(c, against) || !checker.supports(c.toSentence())) {
        continue;
      }
      picked.add(c);
      against.add(c);
    }
    return picked.stream().map(Candidate::toSentence).toList();
  }
}
