package dev.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.StoredEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteVectorsTest {
  @TempDir Path tmp;

  @Test
  void vectorsSurviveReopeningTheStoreAndAreNotEmbeddedTwice() {
    List<String> embedded = new ArrayList<>();
    dev.lede.nlp.Embedder counting =
        texts -> {
          embedded.addAll(texts);
          float[][] out = new float[texts.size()][];
          for (int i = 0; i < texts.size(); i++) {
            out[i] = new float[] {texts.get(i).length(), -1.5f, 0.25f};
          }
          return out;
        };
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoredEmbedder e = StoredEmbedder.of(counting, SqliteVectors.of(store));
      e.embed(List.of("alpha", "beta gamma"));
    }
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoredEmbedder e = StoredEmbedder.of(counting, SqliteVectors.of(store));
      float[][] v = e.embed(List.of("beta gamma", "delta"));
      assertThat(v[0]).containsExactly(10f, -1.5f, 0.25f);
      assertThat(v[1]).containsExactly(5f, -1.5f, 0.25f);
    }
    assertThat(embedded).containsExactly("alpha", "beta gamma", "delta");
  }
}
