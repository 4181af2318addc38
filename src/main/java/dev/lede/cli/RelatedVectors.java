package dev.lede.cli;

import dev.lede.model.Article;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingText;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.nlp.VectorStore;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoryStore;
import dev.lede.story.StoryVectors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps one vector per live story in {@link StoryVectors}, for the kNN leg of related stories. A
 * story's vector is the normalised mean of its articles' embeddings ({@link EmbeddingText}: title
 * and key sentences), through an embedder that stores what it computes, so a rebuild reads vectors
 * back instead of running the model again.
 */
final class RelatedVectors implements AutoCloseable {
  /** A story's vector averages at most this many of its articles (its first ones). */
  static final int MAX_ARTICLES = 16;

  private final StoryVectors vectors;
  private final Embedder embedder;
  private final StoryStore stories;
  private final ArticleStore articles;
  private boolean inStep;

  private RelatedVectors(
      StoryVectors vectors, Embedder embedder, StoryStore stories, ArticleStore articles) {
    this.vectors = vectors;
    this.embedder = embedder;
    this.stories = stories;
    this.articles = articles;
  }

  /**
   * Opens the vectors in {@code dir}. They are brought in step with the live stories on first use
   * and after each {@link #update}: a story missing, or noted with another article count than it
   * has now (a run killed between the story store and this index), is recomputed, and vectors of
   * stories no longer live are dropped.
   */
  static RelatedVectors open(Path dir, Embedder embedder, StoryStore stories, ArticleStore articles)
      throws IOException {
    return new RelatedVectors(StoryVectors.open(dir), embedder, stories, articles);
  }

  /**
   * MiniLM through {@code store}: vectors embedded before are read back, and the model is only
   * loaded when a text was never embedded (so a query over an up-to-date archive never loads it).
   */
  static Embedder storedMiniLm(VectorStore store) {
    Embedder[] model = new Embedder[1];
    Embedder lazy =
        texts -> {
          synchronized (model) {
            if (model[0] == null) {
              model[0] = MiniLmEmbedder.create();
            }
          }
          return model[0].embed(texts);
        };
    return StoredEmbedder.of(lazy, store);
  }

  /** The story vectors, in step with the live stories. */
  StoryVectors vectors() throws IOException {
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
  void rebuild() throws IOException {
    vectors.clear();
    vectors.commit();
    inStep = false;
    ensureInStep();
  }

  /**
   * Refreshes the vectors of stories that changed: a story still live gets its vector recomputed,
   * an id merged away or emptied loses its vector. Then catches up on anything else out of step.
   */
  void update(Collection<String> storyIds) throws IOException {
    for (String id : storyIds) {
      String live = stories.resolve(id);
      if (!live.equals(id)) {
        vectors.remove(id);
      }
      put(live);
    }
    vectors.commit();
    inStep = false;
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

  /** The mean embedding of the story's first {@value #MAX_ARTICLES} articles, if it has any. */
  Optional<float[]> storyVector(List<String> members) {
    List<String> texts = new ArrayList<>();
    for (String articleId : members) {
      if (texts.size() >= MAX_ARTICLES) {
        break;
      }
      Optional<Article> a = articles.byId(articleId);
      if (a.isPresent()) {
        String text = embeddingText(a.get());
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    float[][] embedded = embedder.embed(texts);
    List<float[]> usable = new ArrayList<>();
    for (float[] e : embedded) {
      if (e.length > 0) {
        usable.add(e);
      }
    }
    try {
      return usable.isEmpty() ? Optional.empty() : Optional.of(StoryVectors.mean(usable));
    } catch (IllegalArgumentException zeroOrMixed) {
      // Embeddings that cancel out carry no direction: the story just has no kNN neighbours.
      return Optional.empty();
    }
  }

  static String embeddingText(Article a) {
    String text =
        a.text().length() > Nlp.MAX_TEXT_CHARS
            ? a.text().substring(0, Nlp.MAX_TEXT_CHARS)
            : a.text();
    return EmbeddingText.of(a.title(), Nlp.analyze(a.title(), text, Optional.of(a.language())));
  }

  @Override
  public void close() throws IOException {
    vectors.close();
  }
}
