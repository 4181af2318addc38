package dev.lede.related;

import dev.lede.index.VectorIndex;
import dev.lede.model.Article;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoryStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps one vector per live story in {@link VectorIndex}, for the kNN leg of related stories. A
 * story's vector is the normalised mean of its articles' vectors (the newsroom's: title and key
 * sentences, embedded once at ingest and read back after), so a rebuild does not run the model
 * again. A story with no article the model reads (e.g. all Korean) has no vector: it is found by
 * words only.
 */
public final class RelatedVectors implements AutoCloseable {
  /** A story's vector averages at most this many of its articles (its first ones). */
  static final int MAX_ARTICLES = 16;

  private final VectorIndex vectors;
  private final Function<Article, Optional<float[]>> embedder;
  private final StoryStore stories;
  private final ArticleStore articles;
  private boolean inStep;

  private RelatedVectors(
      VectorIndex vectors,
      Function<Article, Optional<float[]>> embedder,
      StoryStore stories,
      ArticleStore articles,
      boolean inStep) {
    this.vectors = vectors;
    this.embedder = embedder;
    this.stories = stories;
    this.articles = articles;
    this.inStep = inStep;
  }

  /**
   * Keeps the story vectors in {@code vectors}. They are brought in step with the live stories on
   * first use (a story missing, or noted with another article count than it has now, as a run
   * killed between the story store and this index leaves it, is recomputed, and vectors of stories
   * no longer live are dropped), then kept in step by {@link #update} with the stories that
   * changed, so an update costs what changed, not every story (each update read every story's count
   * before, a paged search per write on OpenSearch).
   *
   * @param vectors where the story vectors are kept (closed with this)
   * @param embedder an article's vector, if the model reads it (empty otherwise)
   */
  public static RelatedVectors open(
      VectorIndex vectors,
      Function<Article, Optional<float[]>> embedder,
      StoryStore stories,
      ArticleStore articles)
      throws IOException {
    return new RelatedVectors(vectors, embedder, stories, articles, false);
  }

  /**
   * Reads story vectors that the writing processes keep in step (an index they share, e.g.
   * OpenSearch's, read by a site): used as they are, never brought in step from here.
   */
  public static RelatedVectors shared(
      VectorIndex vectors,
      Function<Article, Optional<float[]>> embedder,
      StoryStore stories,
      ArticleStore articles) {
    return new RelatedVectors(vectors, embedder, stories, articles, true);
  }

  /** The story vectors, in step with the live stories. */
  public VectorIndex vectors() throws IOException {
    ensureInStep();
    return vectors;
  }

  private void ensureInStep() throws IOException {
    if (inStep) {
      return;
    }
    Map<String, Integer> live = stories.storySizes();
    Map<String, Integer> noted = vectors.articleCounts();
    boolean changed = false;
    for (String id : noted.keySet()) {
      if (!live.containsKey(id)) {
        vectors.remove(id);
        changed = true;
      }
    }
    for (Map.Entry<String, Integer> e : live.entrySet()) {
      if (!e.getValue().equals(noted.get(e.getKey()))) {
        put(e.getKey());
        changed = true;
      }
    }
    if (changed) {
      vectors.commit();
    }
    inStep = true;
  }

  /** Recomputes every live story's vector. */
  public void rebuild() throws IOException {
    vectors.clear();
    vectors.commit();
    inStep = false;
    ensureInStep();
  }

  /**
   * Refreshes the vectors of stories that changed: a story still live gets its vector recomputed,
   * an id merged away or emptied loses its vector. The first update (or use) also catches up on
   * anything else out of step; later ones touch only {@code storyIds}, which must name every story
   * that changed, merged-away ones included.
   */
  public void update(Collection<String> storyIds) throws IOException {
    for (String id : storyIds) {
      String live = stories.resolve(id);
      if (!live.equals(id)) {
        vectors.remove(id);
      }
      put(live);
    }
    vectors.commit();
    ensureInStep();
  }

  private void put(String storyId) throws IOException {
    List<String> members = stories.articlesOf(storyId);
    Optional<float[]> v = storyVector(members);
    if (v.isPresent()) {
      vectors.put(storyId, v.get(), members.size());
    } else {
      vectors.remove(storyId);
    }
  }

  /**
   * The mean vector of the story's first {@value #MAX_ARTICLES} articles that have one, if any
   * does.
   */
  Optional<float[]> storyVector(List<String> members) {
    List<float[]> usable = new ArrayList<>();
    for (String articleId : members) {
      if (usable.size() >= MAX_ARTICLES) {
        break;
      }
      Optional<Article> a = articles.byId(articleId);
      if (a.isPresent()) {
        embedder.apply(a.get()).filter(v -> v.length > 0).ifPresent(usable::add);
      }
    }
    try {
      return usable.isEmpty() ? Optional.empty() : Optional.of(VectorIndex.mean(usable));
    } catch (IllegalArgumentException zeroOrMixed) {
      // Embeddings that cancel out carry no direction: the story just has no kNN neighbours.
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    vectors.close();
  }
}
