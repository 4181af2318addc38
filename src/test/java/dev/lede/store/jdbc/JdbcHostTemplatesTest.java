package dev.lede.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.sqlite.SqliteStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host templates in a SQLite data folder. */
class JdbcHostTemplatesTest extends HostTemplatesContract {
  @TempDir Path tmp;

  @Override
  protected JdbcArticleStore newStore() {
    return SqliteStore.open(tmp.resolve("data"));
  }

  @Test
  void aFolderNoWriterLearnedInHasNoTemplates() {
    store.close();
    SqliteStore fresh = SqliteStore.open(tmp.resolve("fresh"));
    fresh.close();
    store = SqliteStore.openReadOnly(tmp.resolve("fresh"));

    assertThat(JdbcHostTemplates.of(store).repeated("news.example", 1)).isEmpty();
  }
}
