package dev.lede.newsroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.ingest.StageTimes;
import dev.lede.model.Article;
import dev.lede.nlp.Analysis;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingText;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.jdbc.JdbcVectors;
import java.util.List;
import java.util.Optional;

/**
 * The embeddings of an article, computed once and shared by clustering, related stories and the
 * writer. For an article in the language the model was trained on ({@link MiniLmEmbedder#reads}),
 * one embed call covers {@link EmbeddingText#ingestTexts}: the article text (title and key
 * sentences, its vector stands for the article), the title, and the {@link
 * EmbeddingText#WRITER_SENTENCES} key sentences the writer looks up by their exact text.
 *
 * <p>Other languages get a single vector, of {@link EmbeddingText#head} (what story clustering was
 * tuned with), and no analysis or sentence vectors: the model reads, say, Korean only as shared
 * letters, which still helps group reports of one event (two forecasts of one typhoon) but says
 * nothing useful about single sentences.
 *
 * <p>With a {@link JdbcVectors} store, texts embedded before are read back and the article's vector
 * is linked to its id, so later look-ups ({@link #of}) need neither analysis nor the model. Recent
 * results are also kept in memory for the run. Thread-safe.
 */
final class ArticleVectors {
  private static final int RECENT = 4096;

  private final Embedder embedder;
  private final Optional<JdbcVectors> store;
  private final StageTimes times;
  private final Cache<String, Optional<float[]>> recent =
      Caffeine.newBuilder().maximumSize(RECENT).executor(Runnable::run).build();

  private ArticleVectors(Embedder embedder, Optional<JdbcVectors> store, StageTimes times) {
    this.embedder = embedder;
    this.store = store;
    this.times = times;
  }

  /** MiniLM through {@code store}: each text embedded once, ever. */
  static ArticleVectors stored(Embedder model, JdbcVectors store, StageTimes times) {
    return new ArticleVectors(StoredEmbedder.of(model, store), Optional.of(store), times);
  }

  /** {@code embedder} as it is, nothing stored (tests with a stand-in model). */
  static ArticleVectors unstored(Embedder embedder) {
    return new ArticleVectors(embedder, Optional.empty(), StageTimes.none());
  }

  /**
   * The article's vector: remembered from this run, else linked in the store, else computed (see
   * {@link #compute}). Empty when the article has no text to embed.
   */
  Optional<float[]> of(Article a) {
    Optional<float[]> v = recent.getIfPresent(a.id());
    if (v != null) {
      return v;
    }
    if (store.isPresent()) {
      Optional<float[]> linked = store.get().ofArticle(a.id());
      if (linked.isPresent()) {
        remember(a.id(), linked);
        return linked;
      }
    }
    return compute(a);
  }

  /**
   * Chooses the article's texts (analysing English), embeds them in one call (texts stored before
   * are read back), links the article to its vector, and returns that vector.
   */
  Optional<float[]> compute(Article a) {
    String articleText;
    List<String> texts;
    if (MiniLmEmbedder.reads(a.language())) {
      long t = times.start();
      String text =
          a.text().length() > Nlp.MAX_TEXT_CHARS
              ? a.text().substring(0, Nlp.MAX_TEXT_CHARS)
              : a.text();
      Analysis analysis = Nlp.analyze(a.title(), text, Optional.of(a.language()));
      articleText = EmbeddingText.of(a.title(), analysis);
      texts = EmbeddingText.ingestTexts(a.title(), analysis);
      times.stop(StageTimes.Stage.NLP, t);
    } else {
      articleText = EmbeddingText.head(a.title(), a.text());
      texts = List.of(articleText);
    }
    Optional<float[]> v = Optional.empty();
    if (!articleText.isBlank()) {
      float[][] vectors = embedder.embed(texts);
      float[] vector = vectors[texts.indexOf(articleText)];
      if (usable(vector)) {
        v = Optional.of(vector);
        if (store.isPresent()) {
          store.get().linkArticle(a.id(), StoredEmbedder.key(articleText));
        }
      }
    }
    remember(a.id(), v);
    return v;
  }

  private void remember(String articleId, Optional<float[]> v) {
    recent.put(articleId, v);
  }

  private static boolean usable(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }
}
