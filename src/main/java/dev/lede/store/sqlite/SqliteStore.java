package dev.lede.store.sqlite;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.model.Source;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoreException;
import dev.lede.store.jdbc.ArticleRows;
import dev.lede.store.jdbc.Dialect;
import dev.lede.store.jdbc.SqlDatabase;
import dev.lede.store.jdbc.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The embedded store: one SQLite file ({@code lede.db}) in WAL mode. Each {@link #put} is a single
 * transaction, so a process killed at any point leaves either the whole article with its fetch
 * state or neither.
 *
 * <p>Not thread-safe: one writer per process, guarded by {@code synchronized}.
 */
public final class SqliteStore implements ArticleStore, SqlDatabase {

  private static final int SCHEMA_VERSION = 1;
  private static final String COLUMNS = ArticleRows.COLUMNS;

  private final Path file;
  private final Connection db;
  private final boolean readOnly;

  private SqliteStore(Path file, Connection db, boolean readOnly) {
    this.file = file;
    this.db = db;
    this.readOnly = readOnly;
  }

  /** Opens (creating if needed) {@code lede.db} inside {@code dataDir}. */
  public static SqliteStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + dataDir + ": " + e, e);
    }
    Path file = dataDir.resolve("lede.db");
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        // NORMAL in WAL mode survives a killed process; only power loss can drop the last commit.
        st.execute("PRAGMA synchronous=NORMAL");
        st.execute("PRAGMA busy_timeout=10000");
        st.execute("PRAGMA foreign_keys=ON");
      }
      SqliteStore store = new SqliteStore(file, db, false);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the existing {@code lede.db} inside {@code dataDir} to read only: creates nothing and
   * writes nothing, so it works on a read-only folder or mount. A database in WAL mode needs a
   * shared-memory file beside it, which a read-only folder cannot hold when the last writer closed
   * cleanly (and removed it); then the file is opened as immutable, which is safe there because no
   * writer can work in a folder it cannot write.
   *
   * @throws StoreException when there is no database or it cannot be read
   */
  public static SqliteStore openReadOnly(Path dataDir) {
    Path file = dataDir.resolve("lede.db");
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no database in " + dataDir + " (" + file + " is missing)", null);
    }
    try {
      return new SqliteStore(file, readOnlyConnection(file, false), true);
    } catch (SQLException e) {
      try {
        return new SqliteStore(file, readOnlyConnection(file, true), true);
      } catch (SQLException again) {
        again.addSuppressed(e);
        throw new StoreException("cannot read " + file + ": " + again.getMessage(), again);
      }
    }
  }

  private static Connection readOnlyConnection(Path file, boolean immutable) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    String url =
        immutable
            ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1"
            : "jdbc:sqlite:" + file.toAbsolutePath();
    Connection db = config.createConnection(url);
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
      rs.next(); // the first read is where a WAL database without its shared memory fails
      return db;
    } catch (SQLException e) {
      db.close();
      throw e;
    }
  }

  /** Whether this store was {@linkplain #openReadOnly opened to read only}. */
  @Override
  public boolean readOnly() {
    return readOnly;
  }

  public Path file() {
    return file;
  }

  /** The JDBC connection, for packages that keep their own tables in the same file. */
  @Override
  public Connection connection() {
    return db;
  }

  /** This store: its methods and the other tables' stores synchronize on it. */
  @Override
  public Object lock() {
    return this;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public String where() {
    return file.toString();
  }

  @Override
  public <T> T inTransaction(Transaction.Work<T> work) throws SQLException {
    return Transaction.run(db, work);
  }

  private void migrate() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS articles ("
              + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " id TEXT NOT NULL UNIQUE,"
              + " url TEXT NOT NULL,"
              + " canonical_url TEXT NOT NULL UNIQUE,"
              + " title TEXT NOT NULL,"
              + " byline TEXT,"
              + " published INTEGER,"
              + " modified INTEGER,"
              + " language TEXT NOT NULL,"
              + " source TEXT NOT NULL,"
              + " source_ref TEXT NOT NULL,"
              + " text TEXT NOT NULL,"
              + " content_hash TEXT NOT NULL,"
              + " simhash INTEGER NOT NULL,"
              + " band0 INTEGER NOT NULL, band1 INTEGER NOT NULL,"
              + " band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,"
              + " duplicate_of TEXT,"
              + " fetched_at INTEGER NOT NULL)");
      st.execute("CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)");
      for (int b = 0; b < 4; b++) {
        st.execute("CREATE INDEX IF NOT EXISTS articles_band" + b + " ON articles(band" + b + ")");
      }
      st.execute(
          "CREATE TABLE IF NOT EXISTS fetch_state ("
              + " url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, cursor TEXT,"
              + " fetched_at INTEGER NOT NULL)");
      st.execute(
          "CREATE TABLE IF NOT EXISTS sources (ref TEXT PRIMARY KEY, added_at INTEGER NOT NULL)");
      try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
        if (rs.next() && rs.getInt(1) == SCHEMA_VERSION) {
          return; // setting it again would write (and fail on a full disk)
        }
      }
      st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
    }
  }

  @Override
  public synchronized boolean put(Article a, List<FetchState> states) {
    try {
      db.setAutoCommit(false);
      try {
        boolean inserted;
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT OR IGNORE INTO articles ("
                    + ArticleRows.INSERT_COLUMNS
                    + ") VALUES ("
                    + ArticleRows.INSERT_VALUES
                    + ")")) {
          ArticleRows.bind(ps, a);
          inserted = ps.executeUpdate() == 1;
        }
        for (FetchState s : states) {
          upsertState(s);
        }
        db.commit();
        return inserted;
      } catch (SQLException | RuntimeException e) {
        // Rolled back before finally returns to auto-commit, which would commit the half.
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.url() + ": " + e.getMessage(), e);
    }
  }

  /** Band {@code b} (0-3) of a SimHash: 16 bits, the unit of near-duplicate candidate lookup. */
  public static int band(long simhash, int b) {
    return ArticleRows.band(simhash, b);
  }

  @Override
  public synchronized void putFetchState(FetchState state) {
    try {
      upsertState(state);
    } catch (SQLException e) {
      throw new StoreException("cannot store fetch state of " + state.url() + ": " + e, e);
    }
  }

  private void upsertState(FetchState s) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO fetch_state ("
                + ArticleRows.STATE_COLUMNS
                + ") VALUES (?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
                + " last_modified=excluded.last_modified, cursor=excluded.cursor,"
                + " fetched_at=excluded.fetched_at")) {
      ArticleRows.bindState(ps, s);
      ps.executeUpdate();
    }
  }

  @Override
  public synchronized Optional<FetchState> fetchState(String url) {
    try {
      return ArticleRows.fetchState(db, url);
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

  /** Articles with {@code seq} greater than {@code afterSeq}, for incremental consumers. */
  public List<Article> since(long afterSeq, int limit) {
    return read(
        () ->
            ArticleRows.query(
                db,
                "SELECT " + COLUMNS + " FROM articles WHERE seq>? ORDER BY seq LIMIT ?",
                afterSeq,
                limit));
  }

  @Override
  public synchronized long count() {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e, e);
    }
  }

  /**
   * SQLite's {@code PRAGMA data_version}: a number that changes whenever another connection to the
   * file commits (another process, or another store opened on the same folder), while this store's
   * own commits leave it as it is. Reads no table, so polling it is cheap.
   */
  public synchronized long dataVersion() {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA data_version")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the data version of " + file + ": " + e, e);
    }
  }

  @Override
  public synchronized void addSource(Source source) {
    try (PreparedStatement ps =
        db.prepareStatement("INSERT OR IGNORE INTO sources (ref, added_at) VALUES (?,?)")) {
      ps.setString(1, source.ref());
      ps.setLong(2, source.addedAt().toEpochMilli());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot add source " + source.ref() + ": " + e, e);
    }
  }

  @Override
  public synchronized boolean removeSource(String ref) {
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM sources WHERE ref=?")) {
      ps.setString(1, ref);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot remove source " + ref + ": " + e, e);
    }
  }

  @Override
  public synchronized List<Source> sources() {
    List<Source> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT ref, added_at FROM sources ORDER BY added_at, ref")) {
      while (rs.next()) {
        out.add(new Source(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list sources: " + e, e);
    }
  }

  @Override
  public synchronized String integrityCheck() {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(rs.getString(1));
      }
      return sb.toString();
    } catch (SQLException e) {
      return "integrity check failed: " + e.getMessage();
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file + ": " + e, e);
    }
  }

  /** A read of articles. */
  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  private synchronized <T> T read(Read<T> read) {
    try {
      return read.run();
    } catch (SQLException e) {
      throw new StoreException("cannot read articles: " + e.getMessage(), e);
    }
  }
}
