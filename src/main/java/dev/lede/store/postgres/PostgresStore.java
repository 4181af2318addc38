package dev.lede.store.postgres;

import dev.lede.store.StoreException;
import dev.lede.store.jdbc.Dialect;
import dev.lede.store.jdbc.JdbcArticleStore;
import dev.lede.store.jdbc.Transaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The scale-out store: articles, sources and fetch state in PostgreSQL, with the same behaviour as
 * the embedded SQLite store (one transaction per {@link #put}; an article whose id or canonical URL
 * is stored already is not stored again; insertion order kept by an identity column). Many
 * processes may open the same database.
 *
 * <p>One connection, guarded by {@code synchronized}, like the embedded store.
 */
public final class PostgresStore extends JdbcArticleStore {

  private static final int SCHEMA_VERSION = 1;

  private final String where;
  private final Jdbc jdbc;
  private Connection db;
  private final String writer = UUID.randomUUID().toString();

  private PostgresStore(Jdbc jdbc, Connection db) {
    this.where = jdbc.redacted();
    this.jdbc = jdbc;
    this.db = db;
  }

  /**
   * Opens (creating the tables if need be) the database at {@code url}: {@code
   * postgresql://[user[:password]@]host[:port]/database[?param=value...]} (libpq's form) or {@code
   * jdbc:postgresql://host[:port]/database[?user=...]}.
   *
   * @throws IllegalArgumentException when {@code url} is neither
   * @throws StoreException when the database cannot be reached or prepared
   */
  public static PostgresStore open(String url) {
    Jdbc jdbc = Jdbc.of(url);
    try {
      Connection db = DriverManager.getConnection(jdbc.url(), jdbc.properties());
      PostgresStore store = new PostgresStore(jdbc, db);
      try {
        store.migrate();
        store.retire(false);
      } catch (SQLException | RuntimeException e) {
        db.close();
        throw e;
      }
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + jdbc.redacted() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks that {@code url} is a PostgreSQL URL {@link #open} takes, without connecting.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static void checkUrl(String url) {
    Jdbc.of(url);
  }

  /** A JDBC URL with the credentials of a libpq URL moved to properties, and one to show. */
  record Jdbc(String url, Properties properties, String redacted) {
    static Jdbc of(String url) {
      String rest;
      if (url.startsWith("jdbc:postgresql://")) {
        rest = url.substring("jdbc:".length());
      } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
        rest = url;
      } else {
        throw new IllegalArgumentException(
            "not a PostgreSQL URL: '"
                + url
                + "' (expected postgresql://[user[:password]@]host[:port]/database)");
      }
      URI uri;
      try {
        uri = new URI(rest);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a PostgreSQL URL: '" + url + "': " + e, e);
      }
      if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
        throw new IllegalArgumentException(
            "PostgreSQL URL '" + url + "' names no host or no database (host[:port]/database)");
      }
      Properties props = new Properties();
      String info = uri.getRawUserInfo();
      if (info != null) {
        int colon = info.indexOf(':');
        props.setProperty("user", decode(colon < 0 ? info : info.substring(0, colon)));
        if (colon >= 0) {
          props.setProperty("password", decode(info.substring(colon + 1)));
        }
      }
      String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      String jdbc = "jdbc:postgresql://" + hostPort + uri.getRawPath() + query;
      String shown =
          "postgresql://"
              + (props.containsKey("user") ? props.getProperty("user") + "@" : "")
              + hostPort
              + uri.getRawPath();
      return new Jdbc(jdbc, props, shown);
    }

    private static String decode(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
  }

  private void migrate() throws SQLException {
    inTransaction(
        () -> {
          try (Statement st = db.createStatement()) {
            // Held to the end of this transaction: one process at a time creates the schema.
            Dialect.POSTGRES.lockSchema(db);
            createTables("the article tables", TABLES);
            // One row per open store, counting its commits: others' commits move dataVersion()
            // while a writer never waits on another's row.
            st.execute(
                "CREATE TABLE IF NOT EXISTS commits (writer TEXT PRIMARY KEY, n BIGINT NOT NULL)");
            // When each row last counted a commit (0: before this column), so that rows of stores
            // killed without closing can be folded away (retire).
            st.execute("ALTER TABLE commits ADD COLUMN IF NOT EXISTS at BIGINT NOT NULL DEFAULT 0");
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
              rs.next();
              int version = rs.getInt(1);
              if (version > SCHEMA_VERSION) {
                throw new SQLException(
                    "schema version " + version + " is newer than this Lede's " + SCHEMA_VERSION);
              }
              if (version < SCHEMA_VERSION) {
                st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
              }
            }
          }
          return null;
        });
  }

  /** Counts one commit of this store, inside the transaction it belongs to. */
  private void countCommit() throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO commits (writer, n, at) VALUES (?, 1, ?)"
                + " ON CONFLICT (writer) DO UPDATE SET n = commits.n + 1, at = excluded.at")) {
      ps.setString(1, writer);
      ps.setLong(2, System.currentTimeMillis());
      ps.executeUpdate();
    }
  }

  /** A row of {@code commits} idle this long belongs to a store killed without closing. */
  static final java.time.Duration STALE = java.time.Duration.ofDays(1);

  /** The row that keeps the commits of closed (and stale) stores, so that no sum moves. */
  static final String RETIRED = "retired";

  /**
   * Folds the {@code commits} rows of this store ({@code own}) or of stores idle for {@link #STALE}
   * into the one {@link #RETIRED} row, in one statement: the sum every other store's {@link
   * #dataVersion()} reads does not move, and the table keeps one row per store still open instead
   * of one per store ever opened.
   */
  private void retire(boolean own) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "WITH gone AS (DELETE FROM commits WHERE writer <> ? AND "
                + (own ? "writer = ?" : "at < ? AND writer <> ?")
                + " RETURNING n)"
                + " INSERT INTO commits (writer, n, at) SELECT ?, coalesce(sum(n), 0), 0 FROM gone"
                + " ON CONFLICT (writer) DO UPDATE SET n = commits.n + excluded.n")) {
      int i = 1;
      ps.setString(i++, RETIRED);
      if (!own) {
        ps.setLong(i++, System.currentTimeMillis() - STALE.toMillis());
      }
      ps.setString(i++, writer);
      ps.setString(i, RETIRED);
      ps.executeUpdate();
    }
  }

  /**
   * The commits of every other store opened on this database, counted in table {@code commits} (one
   * row per open store): moves when another process commits, never with this store's own.
   */
  @Override
  public synchronized long dataVersion() {
    try {
      return retried(
          () -> {
            try (PreparedStatement ps =
                db.prepareStatement("SELECT coalesce(sum(n), 0) FROM commits WHERE writer<>?")) {
              ps.setString(1, writer);
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
              }
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot read the data version of " + where + ": " + e, e);
    }
  }

  /**
   * "ok" when the database answers and holds this Lede's schema. PostgreSQL guards its own pages
   * (WAL, checksums where the cluster has them); there is no equivalent of SQLite's whole-file
   * check.
   */
  @Override
  public synchronized String integrityCheck() {
    try {
      long version = scalar("SELECT max(version) FROM schema_version", "cannot read the schema");
      scalar("SELECT count(*) FROM articles", "cannot count articles");
      return version == SCHEMA_VERSION
          ? "ok"
          : "schema version " + version + ", expected " + SCHEMA_VERSION;
    } catch (StoreException e) {
      return "integrity check failed: " + e.getMessage();
    }
  }

  @Override
  protected void disconnect() throws SQLException {
    if (!db.isClosed()) {
      try {
        retire(true);
      } catch (SQLException e) {
        // Best effort: a row left behind is folded away by a later open once it is stale.
      }
    }
    db.close();
  }

  /**
   * Runs {@code work} in one transaction and counts it as a commit of this store ({@link
   * #dataVersion()}). A transaction that failed because the connection was lost (PostgreSQL
   * restarted, the network cut) was rolled back by the server; it is tried once more on a new
   * connection.
   */
  @Override
  public synchronized <T> T inTransaction(Transaction.Work<T> work) throws SQLException {
    return retried(
        () ->
            Transaction.run(
                db,
                () -> {
                  T out = work.run();
                  countCommit();
                  return out;
                }));
  }

  /**
   * Runs {@code work}; when it failed because the connection was lost, opens a new connection and
   * runs it once more. Whatever fails then is thrown.
   */
  private <T> T retried(Transaction.Work<T> work) throws SQLException {
    try {
      return work.run();
    } catch (SQLException e) {
      if (!lost(e)) {
        throw e;
      }
      try {
        reconnect();
      } catch (SQLException again) {
        e.addSuppressed(again);
        throw e;
      }
      return work.run();
    }
  }

  /** Whether {@code e} says the connection is gone (SQLSTATE class 08, or the server shut down). */
  private boolean lost(SQLException e) throws SQLException {
    String state = String.valueOf(e.getSQLState());
    return state.startsWith("08") || state.startsWith("57P") || db.isClosed();
  }

  private void reconnect() throws SQLException {
    try {
      db.close();
    } catch (SQLException ignored) {
      // the old connection is gone anyway
    }
    db = DriverManager.getConnection(jdbc.url(), jdbc.properties());
  }

  @Override
  public synchronized Connection connection() throws SQLException {
    if (db.isClosed()) {
      reconnect();
    }
    return db;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRES;
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  protected <T> T reading(Transaction.Work<T> read) throws SQLException {
    return retried(read);
  }
}
