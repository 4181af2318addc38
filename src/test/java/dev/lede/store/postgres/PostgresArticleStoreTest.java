package dev.lede.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.store.ArticleStore;
import dev.lede.store.ArticleStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The PostgreSQL store keeps the {@link ArticleStore} contract: one throwaway cluster for the
 * class, a new database for each test.
 */
@Timeout(120)
class PostgresArticleStoreTest extends ArticleStoreContract {
  static PostgresCluster cluster;
  String url;

  @BeforeAll
  static void startPostgres() throws Exception {
    if (PostgresCluster.missing().isEmpty()) {
      cluster = PostgresCluster.start();
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  protected ArticleStore newStore() throws Exception {
    // Each test says why it was skipped, which a skipped @BeforeAll would not.
    assumeTrue(cluster != null, () -> PostgresCluster.missing().orElse(""));
    url = cluster.newDatabase();
    return PostgresStore.open(url);
  }

  @Override
  protected ArticleStore sameStoreAgain() {
    return PostgresStore.open(url);
  }
}
