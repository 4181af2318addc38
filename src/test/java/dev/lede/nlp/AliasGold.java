package dev.lede.nlp;

import dev.lede.nlp.internal.Scripts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores alias merging on the hand-checked pairs of {@code alias-gold.tsv}: all fixture documents
 * go through {@link EntityExtractor} and one {@link EntityResolver#resolve} call; a pair is
 * predicted "same" when both surfaces land in the same entity. A surface the extractor missed
 * counts as "different".
 */
public final class AliasGold {
  /** One labelled pair and how it came out. */
  public record Pair(
      String docA,
      String surfaceA,
      String docB,
      String surfaceB,
      boolean same,
      boolean predictedSame,
      String note) {}

  /** Confusion counts over all pairs, "same" being the positive class. */
  public record Result(
      List<Pair> pairs,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int trueNegatives) {
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 1.0 : (double) truePositives / p;
    }

    public double recall() {
      int p = truePositives + falseNegatives;
      return p == 0 ? 1.0 : (double) truePositives / p;
    }

    public List<Pair> errors() {
      return pairs.stream().filter(p -> p.same() != p.predictedSame()).toList();
    }
  }

  private AliasGold() {}

  public static Result evaluate() {
    Map<String, CorpusFixtures.Doc> docs = CorpusFixtures.docs();
    List<Mention> mentions = new ArrayList<>();
    for (CorpusFixtures.Doc d : docs.values()) {
      mentions.addAll(EntityExtractor.extract(d.id(), d.text()));
    }
    Map<Mention, Entity> entityOf = new IdentityHashMap<>();
    for (Entity e : EntityResolver.resolve(mentions)) {
      for (Mention m : e.mentions()) {
        entityOf.put(m, e);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (String line : CorpusFixtures.lines("alias-gold.tsv")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Optional<Entity> a = entityAt(docs, mentions, entityOf, f[0], f[1], Integer.parseInt(f[2]));
      Optional<Entity> b = entityAt(docs, mentions, entityOf, f[3], f[4], Integer.parseInt(f[5]));
      boolean same = f[6].equals("same");
      boolean predicted = a.isPresent() && b.isPresent() && a.get() == b.get();
      pairs.add(new Pair(f[0], f[1], f[3], f[4], same, predicted, f[7]));
      if (same && predicted) {
        tp++;
      } else if (!same && predicted) {
        fp++;
      } else if (same) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Result(pairs, tp, fp, fn, tn);
  }

  private static Optional<Entity> entityAt(
      Map<String, CorpusFixtures.Doc> docs,
      List<Mention> mentions,
      Map<Mention, Entity> entityOf,
      String docId,
      String surface,
      int occurrence) {
    CorpusFixtures.Doc doc = docs.get(docId);
    if (doc == null) {
      throw new IllegalStateException("alias-gold.tsv names unknown document " + docId);
    }
    int start = occurrence(doc.text(), surface, occurrence);
    int end = start + surface.length();
    Mention best = null;
    int bestOverlap = 0;
    for (Mention m : mentions) {
      if (!m.docId().equals(docId)) {
        continue;
      }
      int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best).map(entityOf::get);
  }

  /** Offset of the n-th whole-word occurrence (Hangul may take a particle after it). */
  static int occurrence(String text, String surface, int n) {
    boolean hangulEnd = Scripts.isHangul(surface.codePointBefore(surface.length()));
    int from = 0;
    int seen = 0;
    while (true) {
      int at = text.indexOf(surface, from);
      if (at < 0) {
        throw new IllegalStateException(
            "alias-gold.tsv: \"" + surface + "\" #" + n + " is not in the document");
      }
      int end = at + surface.length();
      boolean before = at == 0 || !isWordChar(text.charAt(at - 1));
      boolean after = hangulEnd || end == text.length() || !isWordChar(text.charAt(end));
      if (before && after && seen++ == n) {
        return at;
      }
      from = at + 1;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  public static void main(String[] args) {
    Result r = evaluate();
    System.out.printf(
        "P=%.3f R=%.3f tp=%d fp=%d fn=%d tn=%d%n",
        r.precision(),
        r.recall(),
        r.truePositives(),
        r.falsePositives(),
        r.falseNegatives(),
        r.trueNegatives());
    for (Pair p : r.errors()) {
      System.out.println("  wrong: " + p);
    }
  }
}
