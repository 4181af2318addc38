package dev.lede.store.sqlite;

import dev.lede.store.StoreException;
import dev.lede.store.jdbc.Dialect;
import dev.lede.store.jdbc.JdbcArticleStore;
import dev.lede.store.jdbc.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded store: one SQLite file ({@code lede.db}) in WAL mode. Each {@link #put} is a single
 * transaction, so a process killed at any point leaves either the whole article with its fetch
 * state or neither.
 *
 * <p>Not thread-safe: one writer per process, guarded by {@code synchronized}.
 */
public final class SqliteStore extends JdbcArticleStore {

  private static final int SCHEMA_VERSION = 1;

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
    createTables("the article tables", TABLES);
    try (Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
        if (rs.next() && rs.getInt(1) == SCHEMA_VERSION) {
          return; // setting it again would write (and fail on a full disk)
        }
      }
      st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
    }
  }

  /**
   * SQLite's {@code PRAGMA data_version}: a number that changes whenever another connection to the
   * file commits (another process, or another store opened on the same folder), while this store's
   * own commits leave it as it is. Reads no table, so polling it is cheap.
   */
  @Override
  public synchronized long dataVersion() {
    return scalar("PRAGMA data_version", "cannot read the data version");
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
  protected void disconnect() throws SQLException {
    db.close();
  }

  @Override
  protected <T> T reading(Transaction.Work<T> read) throws SQLException {
    return read.run();
  }
}
