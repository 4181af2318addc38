package dev.lede.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.store.jdbc.HostTemplatesContract;
import dev.lede.store.jdbc.JdbcArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Per-host templates on PostgreSQL (the {@code --store postgres://...} path): one throwaway cluster
 * for the class, a new database for each test; skipped, saying why, when PostgreSQL is not
 * installed.
 */
@Timeout(120)
class PostgresHostTemplatesTest extends HostTemplatesContract {
  static PostgresCluster cluster;

  @BeforeAll
  static void startPostgres() throws Exception {
    if (PostgresCluster.missing().isEmpty()) cluster = PostgresCluster.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (cluster != null) cluster.close();
  }

  @Override
  protected JdbcArticleStore newStore() throws Exception {
    assumeTrue(cluster != null, () -> PostgresCluster.missing().orElse(""));
    return PostgresStore.open(cluster.newDatabase());
  }
}
