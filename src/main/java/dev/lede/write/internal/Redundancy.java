package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  /**
   * One fact once: a sentence that restates an earlier one's fact ({@link Restatements#sameFact})
   * is taken out, and its outlet is added to the citation of the version kept when its quote,
   * joined to that sentence's, still passes the checker. The more informative version is kept; in
   * the body it takes the place of the other (the lede is never rewritten, only its second sentence
   * can go). Another outlet's account of a lede sentence's event ({@link
   * OpeningRetellings#retellsOpening}) is merged into that sentence while the body keeps more than
   * {@code minBody} sentences: the contract gives a story of three or more sources two
   * sections, so one whose outlets all tell one event keeps the retellings it needs for them, and
   * so keeps a body retelling of the lede's fact ({@link BodySelection#fillWithRetellings}) while
   * the body has no more than {@code minBody} sentences.
   */
  static void mergeRestatements(
      List<Candidate> lede, List<Candidate> body, GroundingChecker checker, int minBody) {
    List<Candidate> kept = new ArrayList<>();
    List<Candidate> all = new ArrayList<>(lede);
    all.addAll(body);
    for (Candidate c : all) {
      Candidate same = Restatements.restated(c, kept).orElse(null);
      if (same != null
          && indexOf(lede, same) >= 0
          && indexOf(body, c) >= 0
          && body.size() <= minBody) {
        same = null; // the body's more informative retelling of the lede, which its sections need
      }
      if (same == null && indexOf(lede, c) < 0 && body.size() > minBody) {
        same = retoldLede(c, lede); // another outlet's account of the lede's event
      }
      if (same == null) {
        kept.add(c);
        continue;
      }
      int at = indexOf(body, same);
      if (at >= 0 && c.signature().information() > same.signature().information()) {
        body.remove(indexOf(body, c));
        body.set(at, c);
        kept.set(kept.indexOf(same), c);
        cite(c, same, checker);
      } else {
        cite(same, c, checker);
        int inBody = indexOf(body, c);
        if (inBody >= 0) {
          body.remove(inBody);
        } else if (lede.size() > 1) {
          lede.remove(indexOf(lede, c));
        }
      }
    }
  }

  /**
   * The lede sentence whose event {@code c} only retells ({@link
   * OpeningRetellings#retellsOpening}), or null: a lede told in two sentences ("A man has denied
   * arson following a fire at a Somerset supermarket" / "Robert Pitman, 24, is accused of setting
   * fire to the Waitrose store in Wellington") names in its second what a body sentence retells ("A
   * large fire broke out at the Waitrose supermarket in Wellington").
   */
  private static Candidate retoldLede(Candidate c, List<Candidate> lede) {
    for (Candidate l : lede) {
      if (OpeningRetellings.retellsOpening(c, l)
          && (l == lede.get(0) || OpeningRetellings.ofNamedKinds(c))) {
        return l;
      }
    }
    return null;
  }

  /** Adds {@code from}'s outlet to {@code to}'s citation when the checker still accepts it. */
  static boolean cite(Candidate to, Candidate from, GroundingChecker checker) {
    Set<String> cited = new HashSet<>();
    to.toSentence().sources().forEach(sp -> cited.add(sp.article()));
    if (cited.contains(from.doc.id())) {
      return true;
    }
    List<SourceSpan> union = new ArrayList<>(to.toSentence().sources());
    union.addAll(from.spans);
    if (checker.check(to.text, union).supported()) {
      to.corroboration.addAll(from.spans);
      return true;
    }
    return false;
  }

  private static int indexOf(List<Candidate> list, Candidate c) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One win-loss record per team or coach: outlets give a record after different games or over
   * different spans ("9-14" this season, "2-8" in the last ten, "122-147" with the club, "284-286"
   * in a career), which side by side read as a conflict no reconciliation can settle (they are not
   * one figure). The first told (the lede's, else the body's earliest) stays; a later sentence with
   * another record for the same holder goes (never the lede's opening).
   */
  static void oneRecordEach(List<Candidate> lede, List<Candidate> body) {
    java.util.Map<String, String> told = new java.util.HashMap<>();
    List<Candidate> all = new ArrayList<>(lede);
    all.addAll(body);
    for (Candidate c : all) {
      boolean other = false;
      for (Figures.Figure f : Figures.in(c.text)) {
        if (Figures.isRecord(f)) {
          String value = told.putIfAbsent(Figures.recordHolder(f), f.value());
          other |= value != null && !value.equals(f.value());
        }
      }
      if (other && (lede.isEmpty() || c != lede.get(0))) {
        lede.remove(c);
        body.remove(c);
      }
    }
  }

  /**
   * Once a conflict is reconciled, the lede and the body state no other value for that quantity
   * than the lede's first (or, when the lede states none, the latest version's): a second lede
   * sentence with another toll goes too.
   */
  static void dropConflicting(
      List<Candidate> lede, List<Candidate> body, List<Reconciler.Reconciled> reconciled) {
    for (Reconciler.Reconciled r : reconciled) {
      String keep = r.latest();
      Candidate first = null;
      for (Candidate c : lede) {
        for (Figures.Figure f : Figures.in(c.text)) {
          if (first == null && f.key().equals(r.key())) {
            keep = f.value();
            first = c;
          }
        }
      }
      String k = keep;
      Candidate opening = first;
      Candidate head = lede.isEmpty() ? null : lede.get(0);
      lede.removeIf(
          c ->
              c != opening
                  && c != head
                  && Figures.in(c.text).stream()
                      .anyMatch(f -> f.key().equals(r.key()) && !f.value().equals(k)));
      body.removeIf(
          c ->
              Figures.in(c.text).stream()
                  .anyMatch(f -> f.key().equals(r.key()) && !f.value().equals(k)));
      // A sentence whose figure's clause the reconciliation quotes word for word tells it twice
      // ("the quake ... injured two people" in the lede and in "X reported ..., while Y reported
      // that the quake ... injured two people"): the reconciliation, right after the lede, keeps
      // it.
      String told = r.sentence().text();
      lede.removeIf(c -> c != head && quotedBy(c, r.key(), told));
      body.removeIf(c -> quotedBy(c, r.key(), told));
    }
  }

  /** Whether the clause of {@code c} that gives the figure {@code key} is inside {@code text}. */
  private static boolean quotedBy(Candidate c, String key, String text) {
    for (Figures.Figure f : Figures.in(c.text)) {
      if (!f.key().equals(key)) {
        continue;
      }
      String clause =
          Reconciler.withoutOwnAttribution(c.text.substring(f.start(), f.end()))
              .replaceAll("[.!?]+$", "")
              .strip();
      if (Words.count(clause) >= 4
          && text.toLowerCase(Locale.ROOT).contains(clause.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
