package dev.lede.story;

import dev.lede.index.CandidateIndex;
import dev.lede.model.Require;
import dev.lede.nlp.Embedder;
import dev.lede.story.internal.ClusterEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Online story clustering: each article joins the most similar existing story or starts a new one.
 *
 * <p>Similarity mixes TF-IDF cosine of analysed terms, overlap of rare entity keys (names, numbers,
 * dates), embedding cosine and time proximity, each against a story's running centroid. An
 * instalment of an outlet's series (a daily briefing whose headline it ran before, numbers aside)
 * is compared without the sentences the outlet already ran, so briefings share a story only when
 * their news does. Candidate stories come from a {@link CandidateIndex} of the articles seen so far
 * (the article's most specific terms and keys, looked up only in the index segments that cover its
 * time window; optionally an HNSW nearest-neighbour search on the embedding), and stories quiet for
 * a while wait in a file next to the index, so the work per article does not grow with the archive.
 * Decisions are repaired locally as evidence grows: when an article brings two stories' coverage
 * together they merge into the older one, and a story that turns out to hold two events splits
 * ({@link Assignment#changes()}, {@link #merges()}).
 *
 * <p>Results depend only on the order articles arrive in. Not thread-safe: one writer at a time.
 *
 * <pre>{@code
 * try (StoryClusterer stories =
 *     StoryClusterer.inMemory(StoryClusterer.Config.defaults(), candidates)) {
 *   Assignment a = stories.assign(StoryInput.of("a1", "Quake hits Iran", text));
 *   Story s = stories.story(a.storyId()).orElseThrow();
 * }
 * }</pre>
 */
public final class StoryClusterer implements AutoCloseable {

  private final ClusterEngine engine;

  private StoryClusterer(ClusterEngine engine) {
    this.engine = engine;
  }

  /**
   * A clusterer whose index lives in memory and is gone on close.
   *
   * @param candidates opens the candidate index (the newsroom wires the Lucene one)
   */
  public static StoryClusterer inMemory(Config config, CandidateIndex.Factory candidates) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(candidates, "candidates");
    try {
      return new StoryClusterer(ClusterEngine.inMemory(config, candidates));
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot create in-memory index", e);
    }
  }

  /**
   * A clusterer whose index lives in {@code dir}; an existing index there is read back, so stories
   * continue where the last session stopped (after its last {@link #commit()} or {@link #close()}).
   *
   * @param candidates opens the candidate index in {@code dir} (the newsroom wires the Lucene one)
   * @throws IOException when the directory cannot be created, read or locked
   */
  public static StoryClusterer open(Path dir, Config config, CandidateIndex.Factory candidates)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(candidates, "candidates");
    return new StoryClusterer(ClusterEngine.open(dir, config, candidates));
  }

  /**
   * Places one article. An id seen before returns its current story without changing anything.
   *
   * @throws UncheckedIOException when the index fails
   */
  public Assignment assign(StoryInput article) {
    Objects.requireNonNull(article, "article");
    try {
      return engine.assign(article);
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot add article " + article.id(), e);
    }
  }

  /**
   * Places an article in a known story without scoring, to rebuild state from stored (article,
   * story) pairs: feed them in the original arrival order with each article's current story id.
   * Creates the story when it does not exist yet. An id seen before is left where it is.
   */
  public void restore(StoryInput article, String storyId) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyId, "storyId");
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("restore " + article.id() + ": story id is blank");
    }
    try {
      engine.restore(article, storyId);
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot add article " + article.id(), e);
    }
  }

  /**
   * The current story of an article, when the article was assigned.
   *
   * @throws UncheckedIOException when the index fails
   */
  public Optional<String> storyOf(String articleId) {
    try {
      return engine.storyOf(articleId);
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot look up article " + articleId, e);
    }
  }

  /**
   * A snapshot of a story; a merged-away id resolves to the story that absorbed it.
   *
   * @throws UncheckedIOException when a dormant story cannot be read back
   */
  public Optional<Story> story(String storyId) {
    try {
      return engine.story(storyId);
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot read story " + storyId, e);
    }
  }

  /** Ids of the live stories, oldest first. */
  public List<String> storyIds() {
    return engine.storyIds();
  }

  /** Every retired story id mapped to the live story that absorbed it. */
  public Map<String, String> merges() {
    return engine.merges();
  }

  /**
   * Number of stories held on the heap: those an article changed in the last few index refreshes or
   * whose news is within a candidate window of the latest seen. The others are dormant, in a file
   * next to the index (in memory: a buffer), and are read back when a late article finds them; so
   * the heap holds the last few weeks, however long the archive.
   */
  public int storiesOnHeap() {
    return engine.storiesOnHeap();
  }

  /** Number of articles placed so far. */
  public int articleCount() {
    return engine.articleCount();
  }

  /** Makes everything placed so far durable (a no-op in memory). */
  public void commit() {
    try {
      engine.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot commit", e);
    }
  }

  @Override
  public void close() {
    try {
      engine.close();
    } catch (IOException e) {
      throw new UncheckedIOException("story index: cannot close", e);
    }
  }

  /**
   * Tuning of a {@link StoryClusterer}; start from {@link #defaults()} or {@link #builder()}.
   * Scores compare as article-to-article similarities in [0, 1] (story centroids are corrected for
   * their size), mixing TF-IDF cosine, entity-key cosine and embedding cosine by weight, times a
   * time-proximity factor. Defaults were tuned on ECB+ topics 1-17 ({@code bench/cluster}).
   *
   * @param entityKeys entity-key extractor
   * @param embedder embedding model ({@link Embedder#none()} turns the signal off)
   * @param joinThreshold score an article needs to join a story
   * @param mergeThreshold score two stories need to merge
   * @param splitThreshold score below which a story's two halves split (at most mergeThreshold, so
   *     a merge is never undone at once)
   * @param smallStoryMargin added to every threshold, divided by the product of the two sizes: the
   *     first pairs of articles are the noisiest evidence
   * @param termWeight weight of TF-IDF cosine
   * @param entityWeight weight of entity-key cosine
   * @param embeddingWeight weight of embedding cosine (ignored without an embedder)
   * @param embeddingFloor embedding cosine that counts as no evidence (reports on the same topic
   *     already reach it). Cosines are taken after removing the mean embedding of the articles seen
   *     in the same script, which all articles of a language share and a model trained on another
   *     language makes dominant; and embedding evidence counts in full only where terms and
   *     entities already point the same way
   * @param timeWindow publication gap below which time is no evidence against joining
   * @param candidateWindow publication gap beyond which a story is not even a candidate
   * @param candidateHits articles fetched from the index per query
   * @param refreshEvery articles between index refreshes (newer ones are compared directly)
   * @param vectorCandidates whether embeddings also go into an HNSW graph and a nearest-neighbour
   *     search adds candidates. Off by default: on ECB+ it found no candidate the text query
   *     missed, and building and merging the graph cost more than the rest of the work per article
   *     (see {@code bench/cluster --scale}). Worth it with a multilingual embedder, where reports
   *     in different languages share no terms.
   */
  public record Config(
      EntityKeys entityKeys,
      Embedder embedder,
      double joinThreshold,
      double mergeThreshold,
      double splitThreshold,
      double smallStoryMargin,
      double termWeight,
      double entityWeight,
      double embeddingWeight,
      double embeddingFloor,
      Duration timeWindow,
      Duration candidateWindow,
      int candidateHits,
      int refreshEvery,
      boolean vectorCandidates) {

    public Config {
      Require.nonNull("entityKeys embedder timeWindow", entityKeys, embedder, timeWindow);
      Require.nonNull("candidateWindow", candidateWindow);
      requireUnit("joinThreshold", joinThreshold);
      requireUnit("mergeThreshold", mergeThreshold);
      requireUnit("splitThreshold", splitThreshold);
      if (splitThreshold > mergeThreshold) {
        throw new IllegalArgumentException(
            "story config: splitThreshold "
                + splitThreshold
                + " is above mergeThreshold "
                + mergeThreshold
                + ", so merged stories would split again");
      }
      requireWeight("smallStoryMargin", smallStoryMargin);
      requireWeight("termWeight", termWeight);
      requireWeight("entityWeight", entityWeight);
      requireWeight("embeddingWeight", embeddingWeight);
      if (termWeight + entityWeight + embeddingWeight <= 0) {
        throw new IllegalArgumentException("story config: all weights are 0");
      }
      if (!(embeddingFloor >= 0 && embeddingFloor < 1)) {
        throw new IllegalArgumentException(
            "story config: embeddingFloor " + embeddingFloor + " is not in [0, 1)");
      }
      if (timeWindow.isNegative() || timeWindow.isZero()) {
        throw new IllegalArgumentException(
            "story config: timeWindow " + timeWindow + " is not positive");
      }
      if (candidateWindow.compareTo(timeWindow) < 0) {
        throw new IllegalArgumentException(
            "story config: candidateWindow "
                + candidateWindow
                + " is shorter than timeWindow "
                + timeWindow);
      }
      if (candidateHits < 1) {
        throw new IllegalArgumentException(
            "story config: candidateHits " + candidateHits + " is below 1");
      }
      if (refreshEvery < 1) {
        throw new IllegalArgumentException(
            "story config: refreshEvery " + refreshEvery + " is below 1");
      }
    }

    private static void requireUnit(String name, double v) {
      if (!(v > 0 && v <= 1)) {
        throw new IllegalArgumentException("story config: " + name + " " + v + " is not in (0, 1]");
      }
    }

    private static void requireWeight(String name, double v) {
      if (!(v >= 0 && Double.isFinite(v))) {
        throw new IllegalArgumentException(
            "story config: " + name + " " + v + " is not a finite non-negative number");
      }
    }

    /** Built-in entity keys and MiniLM embeddings, with the tuned thresholds and weights. */
    public static Config defaults() {
      return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
      return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
      return new Builder(this);
    }

    /** Builds a {@link Config}; validation happens in {@link #build()}. */
    public static final class Builder {
      private EntityKeys entityKeys;
      private Embedder embedder;
      private double joinThreshold = 0.08;
      private double mergeThreshold = 0.17;
      private double splitThreshold = 0.10;
      private double smallStoryMargin = 0.2;
      private double termWeight = 0.3;
      private double entityWeight = 0.5;
      private double embeddingWeight = 0.2;
      private double embeddingFloor = 0.35;
      private Duration timeWindow = Duration.ofDays(5);
      private Duration candidateWindow = Duration.ofDays(30);
      private int candidateHits = 24;
      private int refreshEvery = 256;
      private boolean vectorCandidates;

      private Builder() {}

      private Builder(Config c) {
        entityKeys = c.entityKeys;
        embedder = c.embedder;
        joinThreshold = c.joinThreshold;
        mergeThreshold = c.mergeThreshold;
        splitThreshold = c.splitThreshold;
        smallStoryMargin = c.smallStoryMargin;
        termWeight = c.termWeight;
        entityWeight = c.entityWeight;
        embeddingWeight = c.embeddingWeight;
        embeddingFloor = c.embeddingFloor;
        timeWindow = c.timeWindow;
        candidateWindow = c.candidateWindow;
        candidateHits = c.candidateHits;
        refreshEvery = c.refreshEvery;
        vectorCandidates = c.vectorCandidates;
      }

      public Builder entityKeys(EntityKeys v) {
        entityKeys = v;
        return this;
      }

      public Builder embedder(Embedder v) {
        embedder = v;
        return this;
      }

      public Builder thresholds(double join, double merge, double split) {
        joinThreshold = join;
        mergeThreshold = merge;
        splitThreshold = split;
        return this;
      }

      public Builder smallStoryMargin(double v) {
        smallStoryMargin = v;
        return this;
      }

      public Builder weights(double term, double entity, double embedding) {
        termWeight = term;
        entityWeight = entity;
        embeddingWeight = embedding;
        return this;
      }

      public Builder embeddingFloor(double v) {
        embeddingFloor = v;
        return this;
      }

      public Builder time(Duration window, Duration candidates) {
        timeWindow = window;
        candidateWindow = candidates;
        return this;
      }

      public Builder candidates(int hits, int refresh) {
        candidateHits = hits;
        refreshEvery = refresh;
        return this;
      }

      public Builder vectorCandidates(boolean v) {
        vectorCandidates = v;
        return this;
      }

      /**
       * The configuration; the built-in entity keys and MiniLM unless others were set.
       *
       * @throws IllegalArgumentException naming the first setting out of range
       */
      public Config build() {
        return new Config(
            entityKeys == null ? EntityKeys.capitalisedPhrases() : entityKeys,
            embedder == null ? Embedder.miniLm() : embedder,
            joinThreshold,
            mergeThreshold,
            splitThreshold,
            smallStoryMargin,
            termWeight,
            entityWeight,
            embeddingWeight,
            embeddingFloor,
            timeWindow,
            candidateWindow,
            candidateHits,
            refreshEvery,
            vectorCandidates);
      }
    }
  }
}
