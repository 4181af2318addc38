package dev.lede.store.postgres;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.model.Source;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoreException;
import dev.lede.store.jdbc.ArticleRows;
import dev.lede.store.jdbc.Dialect;
import dev.lede.store.jdbc.SqlDatabase;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
public final class PostgresStore implements ArticleStore, SqlDatabase {

  private static final int SCHEMA_VERSION = 1;
  // Any fixed number: the advisory lock that keeps two processes from creating the schema at once.
  private static final long MIGRATION_LOCK = 0x1ede_0001L;
  private static final String COLUMNS = ArticleRows.COLUMNS;

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
            st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            st.execute(
                "CREATE TABLE IF NOT EXISTS articles ("
                    + " seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " id TEXT NOT NULL UNIQUE,"
                    + " url TEXT NOT NULL,"
                    + " canonical_url TEXT NOT NULL UNIQUE,"
                    + " title TEXT NOT NULL,"
                    + " byline TEXT,"
                    + " published BIGINT,"
                    + " modified BIGINT,"
                    + " language TEXT NOT NULL,"
                    + " source TEXT NOT NULL,"
                    + " source_ref TEXT NOT NULL,"
                    + " text TEXT NOT NULL,"
                    + " content_hash TEXT NOT NULL,"
                    + " simhash BIGINT NOT NULL,"
                    + " band0 INTEGER NOT NULL, band1 INTEGER NOT NULL,"
                    + " band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,"
                    + " duplicate_of TEXT,"
                    + " fetched_at BIGINT NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)");
            for (int b = 0; b < 4; b++) {
              st.execute(
                  "CREATE INDEX IF NOT EXISTS articles_band" + b + " ON articles(band" + b + ")");
            }
            st.execute(
                "CREATE TABLE IF NOT EXISTS fetch_state ("
                    + " url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, cursor TEXT,"
                    + " fetched_at BIGINT NOT NULL)");
            st.execute(
                "CREATE TABLE IF NOT EXISTS sources (ref TEXT PRIMARY KEY, added_at BIGINT NOT NULL)");
            // One row per open store, counting its commits: others' commits move dataVersion()
            // while a writer never waits on another's row.
            st.execute(
                "CREATE TABLE IF NOT EXISTS commits (writer TEXT PRIMARY KEY, n BIGINT NOT NULL)");
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

  @Override
  public synchronized boolean put(Article a, List<FetchState> states) {
    try {
      return inTransaction(
          () -> {
            boolean inserted;
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO articles ("
                        + ArticleRows.INSERT_COLUMNS
                        + ") VALUES ("
                        + ArticleRows.INSERT_VALUES
                        + ") ON CONFLICT DO NOTHING")) {
              ArticleRows.bind(ps, a);
              inserted = ps.executeUpdate() == 1;
            }
            for (FetchState s : states) {
              upsertState(s);
            }
            return inserted;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.url() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void putFetchState(FetchState state) {
    try {
      inTransaction(
          () -> {
            upsertState(state);
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot store fetch state of " + state.url() + ": " + e, e);
    }
  }

  private void upsertState(FetchState s) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO fetch_state ("
                + ArticleRows.STATE_COLUMNS
                + ") VALUES (?,?,?,?,?) ON CONFLICT (url) DO UPDATE SET etag=excluded.etag,"
                + " last_modified=excluded.last_modified, cursor=excluded.cursor,"
                + " fetched_at=excluded.fetched_at")) {
      ArticleRows.bindState(ps, s);
      ps.executeUpdate();
    }
  }

  /** Counts one commit of this store, inside the transaction it belongs to. */
  private void countCommit() throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO commits (writer, n) VALUES (?, 1)"
                + " ON CONFLICT (writer) DO UPDATE SET n = commits.n + 1")) {
      ps.setString(1, writer);
      ps.executeUpdate();
    }
  }

  @Override
  public synchronized Optional<FetchState> fetchState(String url) {
    try {
      return retried(() -> ArticleRows.fetchState(db, url));
    } catch (SQLException e) {
      throw new StoreException("cannot read fetch state of " + url + ": " + e, e);
    }
  }

  @Override
  public Optional<Article> byId(String id) {
    return read(() -> ArticleRows.byId(db, id));
  }

  @Override
  public Optional<Article> byContentHash(String hash) {
    return read(() -> ArticleRows.byContentHash(db, hash));
  }

  @Override
  public List<Article> nearDuplicateCandidates(long simhash) {
    return read(() -> ArticleRows.nearDuplicateCandidates(db, simhash));
  }

  @Override
  public List<Article> all() {
    return read(() -> ArticleRows.query(db, "SELECT " + COLUMNS + " FROM articles ORDER BY seq"));
  }

  @Override
  public synchronized long count() {
    return scalar("SELECT count(*) FROM articles", "cannot count articles");
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

  @Override
  public synchronized void addSource(Source source) {
    try {
      inTransaction(
          () -> {
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO sources (ref, added_at) VALUES (?,?) ON CONFLICT DO NOTHING")) {
              ps.setString(1, source.ref());
              ps.setLong(2, source.addedAt().toEpochMilli());
              ps.executeUpdate();
            }
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot add source " + source.ref() + ": " + e, e);
    }
  }

  @Override
  public synchronized boolean removeSource(String ref) {
    try {
      return inTransaction(
          () -> {
            boolean removed;
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM sources WHERE ref=?")) {
              ps.setString(1, ref);
              removed = ps.executeUpdate() == 1;
            }
            return removed;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot remove source " + ref + ": " + e, e);
    }
  }

  @Override
  public synchronized List<Source> sources() {
    try {
      return retried(
          () -> {
            List<Source> out = new ArrayList<>();
            try (Statement st = db.createStatement();
                ResultSet rs =
                    st.executeQuery(
                        "SELECT ref, added_at FROM sources ORDER BY added_at, ref COLLATE \"C\"")) {
              while (rs.next()) {
                out.add(new Source(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
              }
            }
            return out;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot list sources: " + e, e);
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
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + where + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return where;
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
  public Object lock() {
    return this;
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

  private long scalar(String sql, String what) {
    try {
      return retried(
          () -> {
            try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
              rs.next();
              return rs.getLong(1);
            }
          });
    } catch (SQLException e) {
      throw new StoreException(what + " in " + where + ": " + e, e);
    }
  }

  /** A read of articles. */
  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  private synchronized <T> T read(Read<T> read) {
    try {
      return retried(read::run);
    } catch (SQLException e) {
      throw new StoreException("cannot read articles from " + where + ": " + e.getMessage(), e);
    }
  }
}
