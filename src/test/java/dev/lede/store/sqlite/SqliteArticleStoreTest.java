package dev.lede.store.sqlite;

import dev.lede.store.ArticleStore;
import dev.lede.store.ArticleStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps the {@link ArticleStore} contract. */
class SqliteArticleStoreTest extends ArticleStoreContract {
  @TempDir Path dir;

  @Override
  protected ArticleStore newStore() {
    return SqliteStore.open(dir);
  }

  @Override
  protected ArticleStore sameStoreAgain() {
    return SqliteStore.open(dir);
  }
}
