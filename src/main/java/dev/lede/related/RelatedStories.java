package dev.lede.related;

import dev.lede.index.SearchIndex;
import dev.lede.index.VectorIndex;
import dev.lede.model.Article;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoryStore;
import dev.lede.story.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Related stories for a story, from two retrieval legs merged: BM25 "more like this" over the
 * story's lead article in the article index (same words), and HNSW nearest neighbours of the
 * story's mean embedding among the other stories' ({@link dev.lede.index.VectorIndex}: same
 * meaning, even in other words). Candidates are scored by a weighted mix of the two, shared
 * canonical entities and recency; never the story itself; made diverse (a candidate too like one
 * already picked, by terms or by vector, is skipped); each with the reason it relates.
 *
 * <p>Reads the archive it is given ({@link Archive}: the newsroom's stores, article index,
 * clusterer and story vectors); holds no state of its own, so one per query is fine.
 */
public final class RelatedStories {
  /**
   * One related story.
   *
   * @param storyId the related story
   * @param reason why it relates, e.g. "same entity: Apple" or "follow-up"
   * @param score combined score, higher is more related
   */
  public record Related(String storyId, String reason, double score) {}

  /** Candidates taken from each leg before merging. */
  static final int CANDIDATES = 60;

  /** Weight of the BM25 leg (its score divided by the best candidate's). */
  static final double TEXT_WEIGHT = 0.5;

  /** Weight of the kNN leg (cosine rescaled from {@link #MEANING_FLOOR}..1 to 0..1). */
  static final double MEANING_WEIGHT = 0.5;

  /** Cosine at or below which two story vectors are no evidence of relatedness. */
  static final double MEANING_FLOOR = 0.3;

  /** Weight of each shared entity key, counting at most three. */
  static final double ENTITY_WEIGHT = 0.15;

  /** Weight of recency (1 for the same day, halved a year apart). */
  static final double RECENCY_WEIGHT = 0.2;

  /** Above this term overlap (Jaccard of top terms) a candidate copies one already picked. */
  static final double NEAR_COPY_TERMS = 0.6;

  /** Above this vector cosine a candidate copies one already picked. */
  static final double NEAR_COPY_COSINE = 0.95;

  /** What related stories are found in: a newsroom's data folder, opened. */
  public interface Archive {
    /** Story assignments and merges. */
    StoryStore stories();

    /** The stored articles. */
    ArticleStore articles();

    /** The article index (the BM25 leg). */
    SearchIndex index();

    /** A story's snapshot from the clusterer (terms, entity keys, first seen). */
    Optional<Story> story(String storyId) throws IOException;

    /** The story vectors (the kNN leg), in step with the live stories. */
    VectorIndex vectors() throws IOException;
  }

  /** The steps of {@link #find}, in order, as reported to a {@link Laps}. */
  public enum Stage {
    /** Resolving the id, its articles, the lead article and the story's snapshot. */
    SUBJECT,
    /** BM25 more-like-this over the article index. */
    BM25,
    /** The story's vector and its HNSW nearest neighbours. */
    KNN,
    /** The story store: the BM25 hits' stories and every candidate's live id. */
    LOOKUPS,
    /** Clusterer snapshots of the candidates (dormant ones read back from a file). */
    SNAPSHOTS,
    /** Scoring, ordering and the diversity check. */
    RANK
  }

  /** Told as each stage of {@link #find} ends (benchmarks time them). */
  @FunctionalInterface
  public interface Laps {
    /** Nothing to tell. */
    Laps NONE = stage -> {};

    void done(Stage stage);
  }

  private final Archive room;

  /** Related stories in {@code archive}. */
  public RelatedStories(Archive archive) {
    this.room = java.util.Objects.requireNonNull(archive, "archive");
  }

  /**
   * What a candidate brings: its story id, the legs that found it and its snapshot.
   *
   * @param storyId the candidate story
   * @param text BM25 score of its best article, 0 when that leg did not find it
   * @param cosine cosine of its vector to the subject's, when the kNN leg found it
   * @param story its snapshot (terms, entity keys, first seen)
   */
  public record Candidate(
      String storyId, double text, Optional<Double> cosine, Optional<Story> story) {}

  /**
   * The story asked about.
   *
   * @param storyId its live id
   * @param entityKeys its canonical entity keys
   * @param time its lead article's time
   */
  public record Subject(String storyId, Set<String> entityKeys, Instant time) {}

  /**
   * The story asked about with its lead article, whose text is the BM25 leg's query.
   *
   * @param subject the story, its entity keys and time
   * @param lead its first article
   */
  record Query(Subject subject, Article lead) {}

  /**
   * At most {@code limit} stories related to {@code storyId} (a retired id resolves to the story
   * that absorbed it), best first; empty when the story has no stored article.
   */
  public List<Related> find(String storyId, int limit) throws IOException {
    return find(storyId, limit, Laps.NONE);
  }

  /** {@link #find(String, int)}, telling {@code laps} as each {@link Stage} ends. */
  public List<Related> find(String storyId, int limit, Laps laps) throws IOException {
    Optional<Query> q = query(storyId);
    laps.done(Stage.SUBJECT);
    if (q.isEmpty()) {
      return List.of();
    }
    List<SearchIndex.Hit> hits = textHits(q.get());
    laps.done(Stage.BM25);
    List<VectorIndex.Neighbour> near = meaningHits(q.get());
    laps.done(Stage.KNN);
    Map<String, Double> bm25 = textScores(q.get(), hits);
    Map<String, Double> knn = meaningScores(q.get(), near);
    laps.done(Stage.LOOKUPS);
    List<Candidate> candidates = candidates(bm25, knn);
    laps.done(Stage.SNAPSHOTS);
    List<Related> out = rank(q.get().subject(), candidates, this::vectorOf, limit);
    laps.done(Stage.RANK);
    return out;
  }

  // find() in stages.

  /** The live story, its lead article and its snapshot's entity keys. */
  Optional<Query> query(String storyId) throws IOException {
    StoryStore stories = room.stories();
    String id = stories.resolve(storyId);
    List<String> members = stories.articlesOf(id);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Optional<Article> lead = room.articles().byId(members.get(0));
    if (lead.isEmpty()) {
      return Optional.empty();
    }
    Article a = lead.get();
    Subject me =
        new Subject(
            id,
            new HashSet<>(room.story(id).map(Story::entityKeys).orElse(List.of())),
            a.published().orElse(a.fetchedAt()));
    return Optional.of(new Query(me, a));
  }

  /** BM25 leg: articles like the lead article (title and first 2,000 characters). */
  List<SearchIndex.Hit> textHits(Query q) throws IOException {
    Article a = q.lead();
    String text = a.title() + "\n" + a.text().substring(0, Math.min(a.text().length(), 2000));
    return room.index().similar(text, a.language(), CANDIDATES);
  }

  /** kNN leg: stories whose vectors are nearest the subject's (none when it has no vector). */
  List<VectorIndex.Neighbour> meaningHits(Query q) throws IOException {
    VectorIndex vectors = room.vectors();
    String id = q.subject().storyId();
    Optional<float[]> mine = vectors.vectorOf(id);
    if (mine.isEmpty()) {
      return List.of();
    }
    return vectors.nearest(mine.get(), CANDIDATES, Set.of(id));
  }

  /** The BM25 hits' live stories, each with its best article's score; never the subject. */
  Map<String, Double> textScores(Query q, List<SearchIndex.Hit> hits) {
    StoryStore stories = room.stories();
    String id = q.subject().storyId();
    // One batch for all hits: a look-up per hit would be ~120 statements a query.
    Map<String, String> live =
        stories.liveStoriesOf(hits.stream().map(SearchIndex.Hit::id).toList());
    Map<String, Double> bm25 = new LinkedHashMap<>();
    for (SearchIndex.Hit h : hits) {
      String s = live.get(h.id());
      if (s != null && !s.equals(id)) {
        bm25.merge(s, (double) h.score(), Math::max);
      }
    }
    return bm25;
  }

  /** The kNN neighbours' live stories with their cosines; never the subject. */
  Map<String, Double> meaningScores(Query q, List<VectorIndex.Neighbour> near) {
    StoryStore stories = room.stories();
    String id = q.subject().storyId();
    Map<String, String> live =
        stories.resolveAll(near.stream().map(VectorIndex.Neighbour::storyId).toList());
    Map<String, Double> knn = new LinkedHashMap<>();
    for (VectorIndex.Neighbour n : near) {
      String s = live.get(n.storyId());
      if (!s.equals(id)) {
        knn.merge(s, n.cosine(), Math::max);
      }
    }
    return knn;
  }

  /** Both legs' stories, BM25 ones first, each with its snapshot from the clusterer. */
  List<Candidate> candidates(Map<String, Double> bm25, Map<String, Double> knn) throws IOException {
    Set<String> ids = new LinkedHashSet<>(bm25.keySet());
    ids.addAll(knn.keySet());
    List<Candidate> candidates = new ArrayList<>();
    for (String c : ids) {
      candidates.add(
          new Candidate(
              c, bm25.getOrDefault(c, 0.0), Optional.ofNullable(knn.get(c)), room.story(c)));
    }
    return candidates;
  }

  /** A story's vector for the diversity check in {@link #rank}. */
  Optional<float[]> vectorOf(String storyId) {
    try {
      return room.vectors().vectorOf(storyId);
    } catch (IOException e) {
      throw new UncheckedIOException("story vectors: cannot read " + storyId, e);
    }
  }

  /**
   * Scores merged candidates, best first, and picks at most {@code limit} that are not the subject
   * and not near-copies of one picked before. A candidate needs evidence from a leg (any BM25 hit,
   * or a cosine above {@link #MEANING_FLOOR}); shared entities and recency only order them.
   */
  public static List<Related> rank(
      Subject me,
      List<Candidate> candidates,
      Function<String, Optional<float[]>> vectorOf,
      int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    double top =
        candidates.stream().mapToDouble(Candidate::text).filter(x -> x > 0).max().orElse(1);
    List<Related> scored = new ArrayList<>();
    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.storyId().equals(me.storyId()) || byId.containsKey(c.storyId())) {
        continue;
      }
      double meaning =
          c.cosine().map(x -> Math.max(0, (x - MEANING_FLOOR) / (1 - MEANING_FLOOR))).orElse(0.0);
      if (c.text() <= 0 && meaning <= 0) {
        continue;
      }
      byId.put(c.storyId(), c);
      List<String> keys = c.story().map(Story::entityKeys).orElse(List.of());
      List<String> shared = keys.stream().filter(me.entityKeys()::contains).toList();
      Optional<Instant> when = c.story().flatMap(Story::firstSeen);
      double days = when.map(t -> Math.abs(Duration.between(t, me.time()).toDays())).orElse(3650L);
      double recency = 1.0 / (1.0 + days / 365.0);
      double score =
          TEXT_WEIGHT * c.text() / top
              + MEANING_WEIGHT * meaning
              + ENTITY_WEIGHT * Math.min(shared.size(), 3)
              + RECENCY_WEIGHT * recency;
      scored.add(new Related(c.storyId(), reason(shared, when, me.time()), score));
    }
    scored.sort(
        Comparator.comparingDouble((Related r) -> -r.score()).thenComparing(Related::storyId));
    List<Related> picked = new ArrayList<>();
    List<Set<String>> pickedTerms = new ArrayList<>();
    List<Optional<float[]>> pickedVectors = new ArrayList<>();
    for (Related r : scored) {
      if (picked.size() >= limit) {
        break;
      }
      Set<String> terms =
          new HashSet<>(byId.get(r.storyId()).story().map(Story::topTerms).orElse(List.of()));
      Optional<float[]> vector = vectorOf.apply(r.storyId());
      boolean nearCopy = false;
      for (int i = 0; i < picked.size() && !nearCopy; i++) {
        nearCopy =
            jaccard(pickedTerms.get(i), terms) > NEAR_COPY_TERMS
                || cosine(pickedVectors.get(i), vector) > NEAR_COPY_COSINE;
      }
      if (!nearCopy) {
        picked.add(r);
        pickedTerms.add(terms);
        pickedVectors.add(vector);
      }
    }
    return picked;
  }

  private static String reason(List<String> shared, Optional<Instant> when, Instant myTime) {
    if (!shared.isEmpty() && when.isPresent() && when.get().isAfter(myTime)) {
      return "follow-up: also about " + display(shared.get(0));
    } else if (!shared.isEmpty() && when.isPresent() && when.get().isBefore(myTime)) {
      return "earlier coverage of " + display(shared.get(0));
    } else if (!shared.isEmpty()) {
      return "same entity: " + display(shared.get(0));
    }
    return "same topic";
  }

  private static double cosine(Optional<float[]> a, Optional<float[]> b) {
    if (a.isEmpty() || b.isEmpty() || a.get().length != b.get().length) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.get().length; i++) {
      dot += a.get()[i] * b.get()[i];
      na += a.get()[i] * a.get()[i];
      nb += b.get()[i] * b.get()[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }

  /** Entity keys ({@code e:lee jae myung}) are folded; show them readably. */
  static String display(String key) {
    String k = key.startsWith("e:") ? key.substring(2) : key;
    StringBuilder sb = new StringBuilder();
    for (String w : k.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
    }
    return sb.toString();
  }
}
