package dev.lede.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcVectorsTest {
  @TempDir Path tmp;

  @Test
  void vectorsSurviveReopeningTheStoreAndAreNotEmbeddedTwice() {
    List<String> embedded = new ArrayList<>();
    dev.lede.nlp.Embedder counting =
        dev.lede.nlp.Embedder.of(
            3,
            texts -> {
              embedded.addAll(texts);
              float[][] out = new float[texts.size()][];
              for (int i = 0; i < texts.size(); i++) {
                out[i] = new float[] {texts.get(i).length(), -1.5f, 0.25f};
              }
              return out;
            });
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoredEmbedder e = StoredEmbedder.of(counting, JdbcVectors.of(store));
      e.embed(List.of("alpha", "beta gamma"));
    }
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoredEmbedder e = StoredEmbedder.of(counting, JdbcVectors.of(store));
      float[][] v = e.embed(List.of("beta gamma", "delta"));
      assertThat(v[0]).containsExactly(10f, -1.5f, 0.25f);
      assertThat(v[1]).containsExactly(5f, -1.5f, 0.25f);
    }
    assertThat(embedded).containsExactly("alpha", "beta gamma", "delta");
  }

  @Test
  void vectorsAreReadAndWrittenInBatchesAndArticlesLinkToTheirVector() {
    try (SqliteStore store = SqliteStore.open(tmp)) {
      JdbcVectors v = JdbcVectors.of(store);
      Map<String, float[]> batch = new LinkedHashMap<>();
      for (int i = 0; i < 450; i++) {
        batch.put(StoredEmbedder.key("text " + i), new float[] {i, -i});
      }
      v.putAll(batch);
      assertThat(v.count()).isEqualTo(450);
      List<String> wanted =
          List.of(
              StoredEmbedder.key("text 3"),
              StoredEmbedder.key("text 449"),
              StoredEmbedder.key("never stored"));
      Map<String, float[]> found = v.getAll(wanted);
      assertThat(found).containsOnlyKeys(wanted.get(0), wanted.get(1));
      assertThat(found.get(wanted.get(1))).containsExactly(449f, -449f);
      // More keys than one query binds.
      assertThat(v.getAll(batch.keySet())).hasSize(450);

      assertThat(v.ofArticle("a1")).isEmpty();
      v.linkArticle("a1", StoredEmbedder.key("text 7"));
      assertThat(v.ofArticle("a1").orElseThrow()).containsExactly(7f, -7f);
      v.linkArticle("a2", StoredEmbedder.key("not stored yet"));
      assertThat(v.ofArticle("a2")).isEmpty();
    }
  }
}
