package dev.lede.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.model.Source;
import dev.lede.store.ArticleStore;
import dev.lede.store.ArticleStoreContract;
import dev.lede.testing.Slow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The PostgreSQL store keeps the {@link ArticleStore} contract: one throwaway cluster for the
 * class, a new database for each test.
 */
@Slow
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

  private long commitRows() throws SQLException {
    PostgresStore.Jdbc jdbc = PostgresStore.Jdbc.of(url);
    try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.properties());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM commits")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void closedAndStaleStoresLeaveNoCommitRowsAndMoveNoDataVersion() throws Exception {
    ArticleStore reader = store(); // its own row: opening (the schema check) counts one commit
    List<ArticleStore> writers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ArticleStore w = again();
      w.addSource(new Source("https://s" + i + ".example/feed", Instant.EPOCH));
      writers.add(w);
    }
    long seen = reader.dataVersion();
    assertThat(seen).isGreaterThanOrEqualTo(20);
    assertThat(commitRows()).isEqualTo(22); // the reader, 20 writers, the retired row
    for (ArticleStore w : writers) {
      w.close();
    }
    // One row for all the closed stores, not one each, and the sum the reader sees is the same.
    assertThat(commitRows()).isEqualTo(2);
    assertThat(reader.dataVersion()).isEqualTo(seen);
    // A store killed without closing: its row is folded away by the next open once it is stale.
    PostgresStore.Jdbc jdbc = PostgresStore.Jdbc.of(url);
    try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.properties());
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO commits (writer, n, at) VALUES ('killed', 5, 1)");
    }
    assertThat(reader.dataVersion()).isEqualTo(seen + 5);
    again().close(); // one commit of its own (the schema check), folded when it closes
    assertThat(commitRows()).isEqualTo(2);
    assertThat(reader.dataVersion()).isEqualTo(seen + 6);
  }
}
