package dev.lede.write.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When two candidate sentences say the same thing: near-duplicates by embedding or lexical cosine,
 * word overlap or containment, and (see {@link Restatements}) the same fact told twice.
 */
final class Redundancy {
  private Redundancy() {}

  static final double REDUNDANT_COSINE = 0.85;
  static final double REDUNDANT_JACCARD = 0.5;

  /**
   * Term-set cosine ({@link Lexical.Sparse#setCosine}) over which two sentences, one of them
   * without a vector, say the same thing. On ECB+ dev it flags every cross-outlet pair whose MiniLM
   * cosine is over 0.9 (and 97% of those over 0.85), and 0.9% of all pairs.
   */
  static final double REDUNDANT_LEXICAL = 0.4;

  /**
   * Similarity on the embedding scale: the cosine of the two vectors when both have one, else their
   * lexical cosine mapped by the story's calibration.
   */
  static double similarity(Candidate a, Candidate b, Calibration cal) {
    return a.hasVector() && b.hasVector()
        ? Vectors.cosine(a.vector, b.vector)
        : cal.similarity(a.lex.cosine(b.lex));
  }

  /** Both vectors present and their cosine over {@code limit}. */
  static boolean vectorsOver(Candidate a, Candidate b, double limit) {
    return a.hasVector() && b.hasVector() && Vectors.cosine(a.vector, b.vector) > limit;
  }

  static boolean redundant(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      boolean both = c.hasVector() && s.hasVector();
      if (both && Vectors.cosine(c.vector, s.vector) > REDUNDANT_COSINE
          || !both && c.lex.setCosine(s.lex) > REDUNDANT_LEXICAL
          || Vectors.jaccard(c.content, s.content) > REDUNDANT_JACCARD
          || contained(c.content, s.content)) {
        return true;
      }
    }
    return false;
  }

  /** Most of a short sentence's content already said by a longer one. */
  static boolean contained(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return true;
    }
    long in = small.stream().filter(large::contains).count();
    return in >= 0.8 * small.size();
  }

  static boolean nearDuplicate(Candidate c, List<Candidate> chosen) {
    Set<String> words = new HashSet<>(Words.lowerWords(c.text));
    for (Candidate s : chosen) {
      boolean both = c.hasVector() && s.hasVector();
      if (both && Vectors.cosine(c.vector, s.vector) > 0.9
          || !both && c.lex.setCosine(s.lex) > REDUNDANT_LEXICAL
          || Vectors.jaccard(words, new HashSet<>(Words.lowerWords(s.text))) > 0.6) {
        return true;
      }
    }
    return false;
  }
}
