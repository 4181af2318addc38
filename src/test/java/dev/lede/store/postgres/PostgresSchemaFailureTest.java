package dev.lede.store.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.store.StoreException;
import dev.lede.store.jdbc.JdbcStoryLinks;
import dev.lede.testing.Slow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A PostgreSQL store is always opened to write, so a table it cannot create is an error the
 * operator must see, not a read-only store's missing table to be read around later.
 */
@Slow
@Timeout(120)
class PostgresSchemaFailureTest {
  @Test
  void aTableThatCannotBeCreatedOnPostgresFailsTheOpeningAndNamesTheDatabase() throws Exception {
    try (PostgresCluster pg = PostgresCluster.start()) {
      String url = pg.newDatabase();
      // A view under the links table's name: CREATE TABLE IF NOT EXISTS skips it, and the index
      // on it then fails, as any real DDL failure would.
      PostgresStore.Jdbc jdbc = PostgresStore.Jdbc.of(url);
      try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.properties());
          Statement st = c.createStatement()) {
        st.execute(
            "CREATE VIEW story_links AS SELECT 'a'::text AS story_id, 'g'::text AS group_id");
      }
      try (PostgresStore store = PostgresStore.open(url)) {
        assertThatThrownBy(() -> JdbcStoryLinks.of(store))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("cannot create tables in")
            .hasMessageContaining("story_links");
      }
    }
  }
}
