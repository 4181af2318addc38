package dev.lede.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.jdbc.JdbcHostTemplates;
import dev.lede.store.jdbc.JdbcPollStates;
import dev.lede.store.jdbc.JdbcReaderState;
import dev.lede.store.jdbc.JdbcSourceLabels;
import dev.lede.store.jdbc.JdbcStoryLinks;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.testing.Slow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several workers starting at once on a fresh PostgreSQL database each create every table a
 * newsroom uses. PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} is not safe against itself: two
 * sessions creating one table can both find it missing and one then fails on the catalog's unique
 * index. The stores open in lockstep here (a barrier before each group of tables) so that their
 * statements overlap.
 */
@Slow
@Timeout(180)
class PostgresConcurrentSchemaTest {
  private static final int WORKERS = 8;

  /** The groups of tables a worker creates, in the order a newsroom opens them. */
  private static final List<Consumer<PostgresStore>> TABLES =
      List.of(
          JdbcStoryStore::of,
          JdbcWrittenStoryStore::of,
          JdbcVectors::of,
          JdbcStoryLinks::of,
          JdbcPollStates::of,
          JdbcHostTemplates::of,
          JdbcReaderState::of,
          JdbcSourceLabels::of);

  @Test
  void workersOpeningAFreshDatabaseAtOnceAllSucceedAndLeaveTheSchemaOneOpenWouldLeave()
      throws Exception {
    try (PostgresCluster pg = PostgresCluster.start()) {
      String alone = pg.newDatabase();
      try (PostgresStore store = PostgresStore.open(alone)) {
        TABLES.forEach(t -> t.accept(store));
      }
      String shared = pg.newDatabase();

      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      CyclicBarrier together = new CyclicBarrier(WORKERS);
      ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
          done.add(workers.submit(() -> openInLockstep(shared, together, failures)));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        workers.shutdownNow();
      }

      assertThat(failures).isEmpty();
      assertThat(schemaOf(shared)).isNotEmpty().isEqualTo(schemaOf(alone));
      assertThat(rows(shared, "SELECT count(*) FROM schema_version")).isEqualTo(1);
    }
  }

  /**
   * Opens a store and creates each group of tables, every worker starting each step at once; a
   * failing step is recorded and the worker goes on, so that the others never wait for it.
   */
  private static Void openInLockstep(String url, CyclicBarrier together, List<Throwable> failures)
      throws Exception {
    together.await();
    PostgresStore store;
    try {
      store = PostgresStore.open(url);
    } catch (RuntimeException e) {
      failures.add(e);
      store = null;
    }
    try {
      for (Consumer<PostgresStore> tables : TABLES) {
        together.await();
        if (store == null) {
          continue;
        }
        try {
          tables.accept(store);
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }
    } finally {
      if (store != null) {
        store.close();
      }
    }
    return null;
  }

  /** Every table, column and index of the database, one line each, sorted. */
  private static List<String> schemaOf(String url) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(url);
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT table_name, column_name, data_type FROM information_schema.columns"
                  + " WHERE table_schema = current_schema()")) {
        while (rs.next()) {
          out.add("column " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")) {
        while (rs.next()) {
          out.add("index " + rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    Collections.sort(out);
    return out;
  }

  private static long rows(String url, String query) throws SQLException {
    try (Connection c = connect(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection connect(String url) throws SQLException {
    PostgresStore.Jdbc jdbc = PostgresStore.Jdbc.of(url);
    return DriverManager.getConnection(jdbc.url(), jdbc.properties());
  }
}
