package dev.lede.story.internal;

import dev.lede.story.StoryClusterer.Config;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How alike an article and a story, or two stories, are, and what they must score to be one story:
 * TF-IDF and entity-key cosines, embedding cosine over the script's background, and time proximity,
 * mixed by the configured weights and read as article-to-article similarities whatever the sizes.
 */
final class Similarity {
  // An article and a story that each have NAMED keys but entity cosine below DISJOINT_KEYS score
  // DISJOINT_FACTOR of their similarity.
  private static final int NAMED = 5;
  private static final double DISJOINT_KEYS = 0.05;
  private static final double DISJOINT_FACTOR = 0.5;
  // A report more than LATER after a story (or a story more than LATER after a report) that opens
  // with a name the other never had scores NEW_SUBJECT_FACTOR of its similarity: mostly the next
  // event, the successor after a resignation or the other chamber's vote, told in the same words.
  private static final Duration LATER = Duration.ofDays(1);
  private static final double NEW_SUBJECT_FACTOR = 0.5;
  // Term-and-entity similarity at which embedding similarity counts in full; below, in proportion.
  private static final double LEXICAL_SUPPORT = 0.1;

  private final Config config;
  private final TermDictionary terms;
  private final TermDictionary keys;
  private final EmbeddingBackground background;

  Similarity(
      Config config, TermDictionary terms, TermDictionary keys, EmbeddingBackground background) {
    this.config = config;
    this.terms = terms;
    this.keys = keys;
    this.background = background;
  }

  /** Similarity of an article to a story's centroid, as an article-to-article similarity. */
  double score(ArticleFeatures a, StoryState s) {
    double t = SparseVector.weightedCosine(a.terms(), s.termSum, terms);
    double e = SparseVector.weightedCosine(a.keys(), s.keyCount, keys);
    double v = background.cosine(a.embedding(), 1, s.embeddingSum, s.embedded, a.script());
    double time = timeFactor(a.published(), a.published(), s.first, s.last);
    boolean embedded = a.embedding().length > 0 && s.embeddingSum != null;
    // Both name several specific things and share next to none: a templated report of another
    // event ("a 6.8 quake in Elazig" against "a 7.5 quake in Loreto"), however alike the prose.
    boolean disjoint = e < DISJOINT_KEYS && a.keys().size() >= NAMED && s.keyCount.size() >= NAMED;
    double trust = embedded ? background.reliability(a.script()) : 0;
    return combine(t, e, v, trust, 1, s.size())
        * time
        * (disjoint ? DISJOINT_FACTOR : 1)
        * (newSubject(a, s) ? NEW_SUBJECT_FACTOR : 1);
  }

  /** Similarity of two stories' centroids, as an article-to-article similarity. */
  double score(StoryState x, StoryState y) {
    double t = SparseVector.weightedCosine(x.termSum, y.termSum, terms);
    double e = SparseVector.weightedCosine(x.keyCount, y.keyCount, keys);
    double v = background.cosine(x.embeddingSum, x.embedded, y.embeddingSum, y.embedded, x.script);
    double time =
        timeFactor(Optional.ofNullable(x.first), Optional.ofNullable(x.last), y.first, y.last);
    boolean embedded = x.embeddingSum != null && y.embeddingSum != null;
    double trust = embedded ? background.reliability(x.script) : 0;
    return combine(t, e, v, trust, x.size(), y.size())
        * time
        * (newSubject(x, y) || newSubject(y, x) ? NEW_SUBJECT_FACTOR : 1);
  }

  /**
   * Whether the article and the story are more than a day apart and the later of them opens with a
   * name the earlier never had (every article of it, for a story).
   */
  private boolean newSubject(ArticleFeatures a, StoryState s) {
    if (a.published().isEmpty() || s.first == null) {
      return false;
    }
    Instant at = a.published().get();
    if (at.isAfter(s.last.plus(LATER))) {
      return a.lead().isPresent() && !had(a.lead().get(), s.keyCount);
    }
    return at.plus(LATER).isBefore(s.first) && leadsAllNew(s, a.keys());
  }

  /** Whether {@code later} begins more than a day after {@code earlier} ends, with new subjects. */
  private boolean newSubject(StoryState earlier, StoryState later) {
    return earlier.last != null
        && later.first != null
        && later.first.isAfter(earlier.last.plus(LATER))
        && leadsAllNew(later, earlier.keyCount);
  }

  private boolean leadsAllNew(StoryState s, SparseVector otherKeys) {
    if (s.leads.isEmpty() || s.led < s.size()) {
      return false;
    }
    for (String lead : s.leads.keySet()) {
      if (had(lead, otherKeys)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code keys} hold the name {@code lead} or its first word ("e:rishi" of it). */
  private boolean had(String lead, SparseVector keys) {
    int space = lead.indexOf(' ');
    return keys.contains(this.keys.lookup(lead))
        || (space > 0 && keys.contains(this.keys.lookup(lead.substring(0, space))));
  }

  /** Mixes the signals; {@code trust} in [0, 1] scales the embedding's weight (0: none). */
  private double combine(double t, double e, double v, double trust, int n, int m) {
    double wv = config.embeddingWeight() * trust;
    double total = config.termWeight() + config.entityWeight() + wv;
    // Embeddings of any two reports on one topic are close; only the excess over the floor tells.
    double floor = config.embeddingFloor();
    double vx = Math.max(0, (v - floor) / (1 - floor));
    double lexical =
        config.termWeight() * pairwise(t, n, m) + config.entityWeight() * pairwise(e, n, m);
    double embedding = pairwise(vx, n, m);
    // An embedding places an article by topic and register, not by event: it may confirm what the
    // words say but not stand in for them, else a large story draws in every article on its topic.
    double lexicalShare = lexical / (config.termWeight() + config.entityWeight());
    embedding *= Math.min(1, lexicalShare / LEXICAL_SUPPORT);
    return (lexical + wv * embedding) / total;
  }

  /**
   * The article-to-article similarity {@code r} that explains cosine {@code x} between centroids of
   * {@code n} and {@code m} articles. Averaging cancels noise, so centroids of one event grow more
   * alike as they grow ({@code x = r / sqrt((r + (1-r)/n) (r + (1-r)/m))} when each article is the
   * event's signal plus independent noise); undoing that lets one threshold serve a lone article
   * and a story of fifty alike.
   */
  static double pairwise(double x, int n, int m) {
    if (x <= 0) {
      return 0;
    }
    if (n == 1 && m == 1) {
      return Math.min(1, x);
    }
    double p = 1 - 1.0 / n;
    double q = 1 - 1.0 / m;
    double x2 = x * x;
    double a = 1 - x2 * p * q;
    double b = x2 * (p / m + q / n);
    double c = x2 / ((double) n * m);
    if (a <= 0) {
      return 1;
    }
    return Math.min(1, (b + Math.sqrt(b * b + 4 * a * c)) / (2 * a));
  }

  /**
   * What groups of {@code n} and {@code m} articles must score to be one story: the join threshold
   * when one side is a lone article, the merge threshold between stories, plus a margin that
   * shrinks as evidence accumulates.
   */
  double threshold(int n, int m) {
    double base = Math.min(n, m) == 1 ? config.joinThreshold() : config.mergeThreshold();
    return base + config.smallStoryMargin() / ((double) n * m);
  }

  double splitThreshold(int n, int m) {
    return config.splitThreshold() + config.smallStoryMargin() / ((double) n * m);
  }

  /** 1 within the time window, then decaying by e per window of extra gap; 1 when undated. */
  private double timeFactor(
      Optional<Instant> from, Optional<Instant> to, Instant first, Instant last) {
    if (from.isEmpty() || first == null) {
      return 1;
    }
    long gap =
        Math.max(
            0,
            Math.max(
                Duration.between(to.get(), first).getSeconds(),
                Duration.between(last, from.get()).getSeconds()));
    long window = config.timeWindow().getSeconds();
    return gap <= window ? 1 : Math.exp(-(double) (gap - window) / window);
  }
}
