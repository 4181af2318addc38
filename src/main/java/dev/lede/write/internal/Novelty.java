package dev.lede.write.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a sentence adds to what the story has said: content words and names not yet told. */
final class Novelty {
  private Novelty() {}

  /** Novelty: a sentence must add at least three content words, and 40% of its own. */
  static boolean addsEnough(Candidate c, Set<String> said) {
    int fresh = 0;
    for (String w : c.content) {
      fresh += said.contains(w) ? 0 : 1;
    }
    return fresh >= 3 && fresh * 5 >= c.content.size() * 2;
  }

  /** How many of the sentence's content words the story has not said. */
  static int fresh(Candidate c, Set<String> said) {
    int n = 0;
    for (String w : c.content) {
      n += said.contains(w) ? 0 : 1;
    }
    return n;
  }

  static int newEntities(Candidate c, List<Candidate> chosen) {
    Set<String> seen = new HashSet<>();
    for (Candidate s : chosen) {
      seen.addAll(s.entityKeys);
    }
    int n = 0;
    for (String e : c.entityKeys) {
      n += seen.contains(e) ? 0 : 1;
    }
    return n;
  }
}
