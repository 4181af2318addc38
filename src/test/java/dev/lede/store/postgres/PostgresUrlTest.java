package dev.lede.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.store.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How a PostgreSQL store is named: libpq's URL form, JDBC's, and what a wrong one is told. */
class PostgresUrlTest {

  @Test
  void aLibpqUrlBecomesAJdbcUrlWithItsCredentialsMovedToProperties() {
    PostgresStore.Jdbc jdbc =
        PostgresStore.Jdbc.of("postgresql://lede:s%40cret@db.internal:5433/news?sslmode=require");
    assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://db.internal:5433/news?sslmode=require");
    assertThat(jdbc.properties()).containsEntry("user", "lede").containsEntry("password", "s@cret");
    assertThat(jdbc.redacted()).isEqualTo("postgresql://lede@db.internal:5433/news");
  }

  @Test
  void aJdbcUrlIsTakenAsItIs() {
    PostgresStore.Jdbc jdbc = PostgresStore.Jdbc.of("jdbc:postgresql://localhost/news?user=x");
    assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://localhost/news?user=x");
    assertThat(jdbc.properties()).isEmpty();
  }

  @Test
  void aUrlOfAnotherKindOrWithoutADatabaseIsRefusedNamingIt() {
    assertThatThrownBy(() -> PostgresStore.Jdbc.of("mysql://localhost/news"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://localhost/news")
        .hasMessageContaining("postgresql://");
    assertThatThrownBy(() -> PostgresStore.Jdbc.of("postgresql://localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'postgresql://localhost'")
        .hasMessageContaining("no database");
  }

  @Test
  @Timeout(60)
  void aDatabaseThatDoesNotAnswerIsNamedInTheErrorWithoutItsPassword() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String url = "postgresql://lede:hunter2@127.0.0.1:" + closed + "/news?connectTimeout=5";
    assertThatThrownBy(() -> PostgresStore.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("postgresql://lede@127.0.0.1:" + closed + "/news")
        .hasMessageNotContaining("hunter2");
  }
}
