package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ingest.StageTimes;
import dev.lede.model.Article;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingText;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleVectorsTest {
  @TempDir Path tmp;

  static final String TITLE = "GM files for bankruptcy";
  static final String TEXT =
      "General Motors filed for bankruptcy on June 1, 2009. The company employs 91,000 people in"
          + " the U.S. alone. Some said nothing. It was a sunny day in Detroit, as it often is."
          + " President Barack Obama said the government would take a 60% stake. Fritz Henderson"
          + " said the new GM would be smaller. Shares of the company fell 20 percent in New York.";

  static Article article(String id, String language, String title, String text) {
    return new Article(
        id,
        "https://example.com/" + id,
        "https://example.com/" + id,
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        language,
        "Example",
        "test",
        text,
        "hash-" + id,
        0L,
        Optional.empty(),
        Instant.parse("2024-01-01T00:00:00Z"));
  }

  /** Counts what it embeds; each vector encodes its text's length. */
  static final class Counting implements Embedder {
    final List<String> embedded = new ArrayList<>();
    int calls;

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public synchronized float[][] embed(List<String> texts) {
      calls++;
      embedded.addAll(texts);
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = new float[] {texts.get(i).length(), 1};
      }
      return out;
    }
  }

  @Test
  void anEnglishArticleStoresItsTextTitleAndKeySentencesUnderTheirExactTextKeysInOneCall() {
    Counting model = new Counting();
    Article a = article("a1", "en", TITLE, TEXT);
    try (SqliteStore store = SqliteStore.open(tmp)) {
      JdbcVectors vectors = JdbcVectors.of(store);
      ArticleVectors av = ArticleVectors.stored(model, vectors, StageTimes.none());

      float[] v = av.of(a).orElseThrow();

      var analysis = Nlp.analyze(TITLE, TEXT, Optional.of("en"));
      String articleText = EmbeddingText.of(TITLE, analysis);
      List<Sentence> key = EmbeddingText.keySentences(analysis, EmbeddingText.WRITER_SENTENCES);
      assertThat(key).hasSize(EmbeddingText.WRITER_SENTENCES);
      assertThat(model.calls).isEqualTo(1);
      assertThat(model.embedded.get(0)).isEqualTo(articleText);
      assertThat(v).containsExactly(articleText.length(), 1);
      // What the writer does: look a sentence up by its exact text.
      assertThat(vectors.get(StoredEmbedder.key(TITLE)).orElseThrow())
          .containsExactly(TITLE.length(), 1);
      for (Sentence s : key) {
        assertThat(vectors.get(StoredEmbedder.key(s.text())).orElseThrow())
            .containsExactly(s.text().length(), 1);
      }
      assertThat(vectors.ofArticle("a1").orElseThrow()).containsExactly(v);
    }
  }

  @Test
  void aReopenedStoreAnswersFromTheArticleLinkWithoutTheModel() {
    Counting model = new Counting();
    Article a = article("a1", "en", TITLE, TEXT);
    try (SqliteStore store = SqliteStore.open(tmp)) {
      ArticleVectors.stored(model, JdbcVectors.of(store), StageTimes.none()).of(a);
    }
    int embedded = model.embedded.size();
    try (SqliteStore store = SqliteStore.open(tmp)) {
      ArticleVectors again = ArticleVectors.stored(model, JdbcVectors.of(store), StageTimes.none());
      assertThat(again.of(a)).isPresent();
      // Computing again (e.g. the link was lost) reads every text back.
      assertThat(again.compute(a)).isPresent();
    }
    assertThat(model.embedded).hasSize(embedded);
  }

  @Test
  void anArticleInAnotherLanguageGetsOneHeadVectorAndNoSentenceVectors() {
    Counting model = new Counting();
    String text = "제16호 태풍 산바가 대한민국으로 향하고 있다. 기상청은 주의를 당부했다. ".repeat(40);
    Article a = article("k1", "ko", "제16호 태풍 ‘산바’", text);
    try (SqliteStore store = SqliteStore.open(tmp)) {
      JdbcVectors vectors = JdbcVectors.of(store);
      float[] v = ArticleVectors.stored(model, vectors, StageTimes.none()).of(a).orElseThrow();
      String head = EmbeddingText.head(a.title(), a.text());
      assertThat(head).hasSize(EmbeddingText.HEAD_CHARS).startsWith(a.title() + "\n");
      assertThat(model.embedded).containsExactly(head);
      assertThat(v).containsExactly(head.length(), 1);
      assertThat(vectors.count()).isEqualTo(1);
    }
  }

  @Test
  void stageTimesRecordTheAnalysisOfEnglishArticles() {
    StageTimes times = StageTimes.create();
    try (SqliteStore store = SqliteStore.open(tmp)) {
      ArticleVectors.stored(new Counting(), JdbcVectors.of(store), times)
          .of(article("a1", "en", TITLE, TEXT));
    }
    assertThat(times.regions(StageTimes.Stage.NLP)).isEqualTo(1);
    assertThat(times.regions(StageTimes.Stage.CLUSTER)).isZero();
  }
}
