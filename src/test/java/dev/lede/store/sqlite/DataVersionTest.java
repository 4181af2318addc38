package dev.lede.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a process serving a data folder polls to learn that another process wrote to it. */
class DataVersionTest {
  @TempDir Path dir;

  @Test
  void anotherConnectionsCommitChangesTheDataVersionButOwnCommitsDoNot() {
    try (SqliteStore mine = SqliteStore.open(dir);
        SqliteStore other = SqliteStore.open(dir)) {
      long start = mine.dataVersion();
      assertThat(mine.dataVersion()).isEqualTo(start);
      mine.addSource(new dev.lede.model.Source("https://a.example/feed", Instant.EPOCH));
      assertThat(mine.dataVersion()).isEqualTo(start);
      other.addSource(new dev.lede.model.Source("https://b.example/feed", Instant.EPOCH));
      long after = mine.dataVersion();
      assertThat(after).isNotEqualTo(start);
      assertThat(mine.dataVersion()).isEqualTo(after);
    }
  }

  @Test
  void theWrittenStoriesMarkMovesWithEveryStoredVersion() {
    try (SqliteStore mine = SqliteStore.open(dir);
        SqliteStore other = SqliteStore.open(dir)) {
      WrittenStoryStore written = JdbcWrittenStoryStore.of(mine);
      assertThat(written.mark()).isEqualTo(new WrittenStoryStore.Mark(0, 0, 0));
      JdbcWrittenStoryStore.of(other)
          .put(new WrittenStoryStore.Version("s-1", 1, Instant.ofEpochMilli(5_000), 2, "n", "{}"));
      assertThat(written.mark()).isEqualTo(new WrittenStoryStore.Mark(1, 1, 5_000));
      written.put(
          new WrittenStoryStore.Version("s-1", 2, Instant.ofEpochMilli(7_000), 3, "n", "{}"));
      assertThat(written.mark()).isEqualTo(new WrittenStoryStore.Mark(2, 2, 7_000));
    }
  }
}
