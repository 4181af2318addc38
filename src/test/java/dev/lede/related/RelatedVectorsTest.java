package dev.lede.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.TestArticles;
import dev.lede.index.VectorIndex;
import dev.lede.index.lucene.LuceneVectorIndex;
import dev.lede.model.Article;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.store.StoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story vectors kept in step with the stories: caught up once, then by what changed only. */
class RelatedVectorsTest {
  @TempDir Path tmp;

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
  private final HashingEmbedder model = new HashingEmbedder();

  /** A vector index that counts how often every story's count is read (a paged search). */
  private static final class Counting implements VectorIndex {
    final VectorIndex inner = LuceneVectorIndex.inMemory();
    int sweeps;

    @Override
    public void put(String storyId, float[] vector, int articles) throws IOException {
      inner.put(storyId, vector, articles);
    }

    @Override
    public void remove(String storyId) throws IOException {
      inner.remove(storyId);
    }

    @Override
    public void clear() throws IOException {
      inner.clear();
    }

    @Override
    public void commit() throws IOException {
      inner.commit();
    }

    @Override
    public int count() throws IOException {
      return inner.count();
    }

    @Override
    public Map<String, Integer> articleCounts() throws IOException {
      sweeps++;
      return inner.articleCounts();
    }

    @Override
    public Optional<float[]> vectorOf(String storyId) throws IOException {
      return inner.vectorOf(storyId);
    }

    @Override
    public List<Neighbour> nearest(float[] query, int k, Set<String> exclude) throws IOException {
      return inner.nearest(query, k, exclude);
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  private static Article article(String id, String text) {
    return TestArticles.of(id, "en", text, text, Optional.of(T));
  }

  private RelatedVectors open(SqliteStore store, StoryStore stories, Counting index) {
    try {
      return RelatedVectors.open(
          index, a -> Optional.of(model.embed(List.of(a.text()))[0]), stories, store);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anUpdateAfterTheFirstTouchesTheChangedStoriesAndReadsNoOtherStorysCount() throws Exception {
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoryStore stories = JdbcStoryStore.of(store);
      store.put(article("a1", "Earthquake strikes Crete"), List.of());
      store.put(article("a2", "Council approves a library"), List.of());
      store.put(article("a3", "Crete counts quake damage"), List.of());
      stories.assign(new StoryStore.Assignment("a1", "s-quake", T), List.of());
      stories.assign(new StoryStore.Assignment("a2", "s-library", T), List.of());
      Counting index = new Counting();
      try (RelatedVectors related = open(store, stories, index)) {
        // First use: a killed run may have left anything out of step, so every story is checked.
        related.update(Set.of("s-quake"));
        assertThat(index.sweeps).isEqualTo(1);
        assertThat(index.articleCounts()).isEqualTo(Map.of("s-quake", 1, "s-library", 1));
        index.sweeps = 0;

        stories.assign(new StoryStore.Assignment("a3", "s-quake", T), List.of());
        related.update(Set.of("s-quake"));

        assertThat(index.sweeps).isZero();
        assertThat(index.inner.articleCounts()).containsEntry("s-quake", 2);
      }
    }
  }

  @Test
  void aStoryMergedAwayLosesItsVectorWhenItsIdIsAmongTheChanged() throws Exception {
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoryStore stories = JdbcStoryStore.of(store);
      store.put(article("a1", "Earthquake strikes Crete"), List.of());
      store.put(article("a2", "Crete quake kills two"), List.of());
      store.put(article("a3", "Crete counts quake damage"), List.of());
      stories.assign(new StoryStore.Assignment("a1", "s-1", T), List.of());
      stories.assign(new StoryStore.Assignment("a2", "s-2", T), List.of());
      Counting index = new Counting();
      try (RelatedVectors related = open(store, stories, index)) {
        related.update(Set.of("s-1", "s-2"));
        index.sweeps = 0;

        // a3 joins s-1, which absorbs s-2.
        stories.assign(
            new StoryStore.Assignment("a3", "s-1", T),
            List.of(new StoryStore.Move("s-2", "s-1", List.of())));
        related.update(Set.of("s-1", "s-2"));

        assertThat(index.sweeps).isZero();
        assertThat(index.inner.articleCounts()).isEqualTo(Map.of("s-1", 3));
      }
    }
  }

  @Test
  void sharedVectorsAreReadAsTheyAreWithoutACatchUp() throws Exception {
    try (SqliteStore store = SqliteStore.open(tmp)) {
      StoryStore stories = JdbcStoryStore.of(store);
      store.put(article("a1", "Earthquake strikes Crete"), List.of());
      stories.assign(new StoryStore.Assignment("a1", "s-1", T), List.of());
      Counting index = new Counting();
      try (RelatedVectors related =
          RelatedVectors.shared(
              index, a -> Optional.of(model.embed(List.of(a.text()))[0]), stories, store)) {
        assertThat(related.vectors().count()).isZero();
        assertThat(index.sweeps).isZero();
      }
    }
  }
}
