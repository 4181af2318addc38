package dev.lede.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Article;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.testing.Slow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarted under an open newsroom store (its connections cut): the next write goes
 * through on a new connection, nothing committed before is lost, and the story and written-story
 * tables, which share the store's connection, work on it as well.
 */
@Slow
@Timeout(180)
class PostgresRestartTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:15:30Z");

  private static Article article(String id) {
    String url = "https://news.example/" + id;
    return new Article(
        id,
        url,
        url,
        "Title " + id,
        Optional.empty(),
        Optional.of(T0),
        Optional.empty(),
        "en",
        "Example News",
        "https://news.example/feed",
        "Text of " + id,
        "hash-" + id,
        id.hashCode(),
        Optional.empty(),
        T0);
  }

  @Test
  void afterARestartTheNextWritesGoThroughAndNothingCommittedIsLost() throws Exception {
    try (PostgresCluster pg = PostgresCluster.start();
        PostgresStore store = PostgresStore.open(pg.newDatabase())) {
      StoryStore stories = JdbcStoryStore.of(store);
      WrittenStoryStore written = JdbcWrittenStoryStore.of(store);
      assertThat(store.put(article("a-1"), List.of())).isTrue();
      stories.assign(new StoryStore.Assignment("a-1", "s-1", T0), List.of());

      pg.restart();

      // Each of these is the first use of the cut connection in its own run of the test.
      assertThat(store.put(article("a-2"), List.of())).isTrue();
      stories.assign(new StoryStore.Assignment("a-2", "s-1", T0), List.of());
      written.put(new WrittenStoryStore.Version("s-1", 1, T0, 2, "First version.", "{}"));

      assertThat(store.count()).isEqualTo(2);
      assertThat(stories.articlesOf("s-1")).containsExactly("a-1", "a-2");
      assertThat(written.latest("s-1").map(WrittenStoryStore.Version::articles)).contains(2);
      assertThat(written.owed()).isEmpty();
    }
  }

  @Test
  void afterARestartReadsGoOnOnANewConnection() throws Exception {
    try (PostgresCluster pg = PostgresCluster.start();
        PostgresStore store = PostgresStore.open(pg.newDatabase())) {
      StoryStore stories = JdbcStoryStore.of(store);
      store.put(article("a-1"), List.of());
      stories.assign(new StoryStore.Assignment("a-1", "s-1", T0), List.of());

      pg.restart();

      // The article store's own reads are retried on a new connection.
      assertThat(store.byId("a-1")).isPresent();
      assertThat(stories.articlesOf("s-1")).containsExactly("a-1");
    }
  }
}
