package dev.lede.write.internal;

import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Articles about another event that shares a single name with the story: in the story of the 76ers
 * firing coach Jim O'Brien and hiring Maurice Cheeks, an article on the NCAA's case against Ohio
 * State, whose basketball coach was another Jim O'Brien. The story's own articles name several of
 * the people and bodies most of them name (O'Brien, Cheeks, the 76ers); such an article names at
 * most one of them and opens on people or bodies none of the story's own articles name. It is left
 * out: all it could add is another event, or another person of the same name.
 */
final class NamesakeArticles {
  private NamesakeArticles() {}

  /** Articles a name must be in (and at least half the story's) to be one of the story's own. */
  static final int NAMED_IN_DOCS = 3;

  /** The story's own names needed before an article sharing one of them is set apart. */
  static final int CORE_NAMES = 2;

  /**
   * The TF-IDF cosine to the story's other articles below which an article does not tell their
   * event in their words (dev ECB+: the Ohio State articles 0.08 and 0.11; the story's own articles
   * sharing one name 0.19 and more).
   */
  static final double LOW_SIMILARITY = 0.14;

  /** Sentences read at the top of an article for whom it opens on. */
  static final int LEAD_SENTENCES = 3;

  /** The articles of {@code docs} that are not about another event sharing one name. */
  static List<Doc> kept(List<Doc> docs) {
    if (docs.size() <= NAMED_IN_DOCS) {
      return docs;
    }
    Map<Doc, Set<String>> actors = new IdentityHashMap<>();
    Map<String, Integer> docsOf = new HashMap<>();
    for (Doc d : docs) {
      Set<String> last = new HashSet<>();
      for (Mention m : d.mentions) {
        if (actor(m)) {
          last.add(lastWord(m.text()));
        }
      }
      actors.put(d, last);
      last.forEach(w -> docsOf.merge(w, 1, Integer::sum));
    }
    int often = Math.max(NAMED_IN_DOCS, (docs.size() + 1) / 2);
    Set<String> core = new HashSet<>();
    docsOf.forEach(
        (w, n) -> {
          if (n >= often) {
            core.add(w);
          }
        });
    if (core.size() < CORE_NAMES) {
      return docs;
    }
    // Every word the story's own articles (naming two of its names or more) write.
    Set<String> ownWords = new HashSet<>();
    for (Doc d : docs) {
      if (shared(actors.get(d), core) >= 2) {
        ownWords.addAll(Words.lowerWords(d.text()));
      }
    }
    Map<Doc, Map<String, Double>> vectors = vectors(docs);
    List<Doc> kept = new ArrayList<>();
    for (Doc d : docs) {
      if (shared(actors.get(d), core) > 1
          || !opensOnOthers(d, ownWords)
          || similarityToOthers(d, vectors) >= LOW_SIMILARITY) {
        kept.add(d);
      }
    }
    // A story most of whose articles look set apart is read as one: nothing is left out.
    return kept.size() * 2 > docs.size() ? List.copyOf(kept) : docs;
  }

  /**
   * Whether the top of an article names someone or something (a person, body or place) with a word
   * none of {@code own} has: "The NCAA notified Ohio State".
   */
  private static boolean opensOnOthers(Doc d, Set<String> own) {
    if (d.sentences.isEmpty()) {
      return false;
    }
    int end = d.sentences.get(Math.min(LEAD_SENTENCES, d.sentences.size()) - 1).end();
    for (Mention m : d.mentions) {
      if (m.start() < end) {
        for (String w : Words.lowerWords(m.text())) {
          if (w.length() > 2 && !own.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Each article's TF-IDF vector of content words (log term frequency, smoothed IDF). */
  private static Map<Doc, Map<String, Double>> vectors(List<Doc> docs) {
    Map<Doc, Map<String, Integer>> counts = new IdentityHashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (Doc d : docs) {
      Map<String, Integer> c = new HashMap<>();
      for (String w : Words.lowerWords(d.text())) {
        if (w.length() > 2 && Words.isContent(w)) {
          c.merge(w, 1, Integer::sum);
        }
      }
      counts.put(d, c);
      c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    Map<Doc, Map<String, Double>> out = new IdentityHashMap<>();
    counts.forEach(
        (d, c) -> {
          Map<String, Double> v = new HashMap<>();
          c.forEach(
              (w, n) ->
                  v.put(w, (1 + Math.log(n)) * Math.log(1 + docs.size() / (double) df.get(w))));
          out.put(d, v);
        });
    return out;
  }

  /** The cosine of an article's vector to the sum of the others'. */
  private static double similarityToOthers(Doc d, Map<Doc, Map<String, Double>> vectors) {
    Map<String, Double> others = new HashMap<>();
    vectors.forEach(
        (o, v) -> {
          if (o != d) {
            v.forEach((w, x) -> others.merge(w, x, Double::sum));
          }
        });
    Map<String, Double> own = vectors.get(d);
    double dot = 0;
    for (Map.Entry<String, Double> e : own.entrySet()) {
      dot += e.getValue() * others.getOrDefault(e.getKey(), 0.0);
    }
    double norm = norm(own) * norm(others);
    return norm == 0 ? 0 : dot / norm;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static int shared(Set<String> names, Set<String> core) {
    int n = 0;
    for (String w : names) {
      n += core.contains(w) ? 1 : 0;
    }
    return n;
  }

  private static boolean actor(Mention m) {
    return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
  }

  private static String lastWord(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "");
  }
}
