package dev.lede.store.jdbc;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.model.Source;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@link ArticleStore} in a SQL database: the tables of articles, fetch state and sources,
 * declared once ({@link #TABLES}, in SQLite's words), their rows kept by {@link ArticleRows} and
 * their statements written in the database's {@link Dialect}. What differs between engines is left
 * to the subclass: opening and closing ({@link #disconnect}) the connection, transactions ({@link
 * #inTransaction}), how a read runs ({@link #reading}), {@link #dataVersion()} and {@link
 * #integrityCheck()}.
 *
 * <p>One connection, so one operation at a time: every method holds the store's monitor, which is
 * its {@link #lock()}.
 */
public abstract class JdbcArticleStore implements ArticleStore, SqlDatabase {

  /** The tables and indexes of articles, fetch state and sources. */
  protected static final String[] TABLES = {
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
        + " fetched_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)",
    "CREATE INDEX IF NOT EXISTS articles_band0 ON articles(band0)",
    "CREATE INDEX IF NOT EXISTS articles_band1 ON articles(band1)",
    "CREATE INDEX IF NOT EXISTS articles_band2 ON articles(band2)",
    "CREATE INDEX IF NOT EXISTS articles_band3 ON articles(band3)",
    "CREATE TABLE IF NOT EXISTS fetch_state ("
        + " url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, cursor TEXT,"
        + " fetched_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sources (ref TEXT PRIMARY KEY, added_at INTEGER NOT NULL)"
  };

  /**
   * Runs a read on {@link #connection()}; the caller holds the monitor. A store that reconnects
   * after losing its server runs it once more on the new connection.
   */
  protected abstract <T> T reading(Transaction.Work<T> read) throws SQLException;

  /** Closes the connection, opening no new one. */
  protected abstract void disconnect() throws SQLException;

  @Override
  public synchronized void close() {
    try {
      disconnect();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + where() + ": " + e, e);
    }
  }

  /** This store: its methods and the other tables' stores synchronize on it. */
  @Override
  public Object lock() {
    return this;
  }

  @Override
  public synchronized boolean put(Article a, List<FetchState> states) {
    try {
      return inTransaction(
          () -> {
            boolean inserted;
            try (PreparedStatement ps =
                connection()
                    .prepareStatement(
                        dialect()
                            .insertOrIgnore(
                                "articles",
                                ArticleRows.INSERT_COLUMNS,
                                ArticleRows.INSERT_VALUES))) {
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
        connection()
            .prepareStatement(
                "INSERT INTO fetch_state ("
                    + ArticleRows.STATE_COLUMNS
                    + ") VALUES (?,?,?,?,?) ON CONFLICT (url) DO UPDATE SET etag=excluded.etag,"
                    + " last_modified=excluded.last_modified, cursor=excluded.cursor,"
                    + " fetched_at=excluded.fetched_at")) {
      ArticleRows.bindState(ps, s);
      ps.executeUpdate();
    }
  }

  @Override
  public synchronized Optional<FetchState> fetchState(String url) {
    try {
      return reading(() -> ArticleRows.fetchState(connection(), url));
    } catch (SQLException e) {
      throw new StoreException("cannot read fetch state of " + url + ": " + e, e);
    }
  }

  @Override
  public Optional<Article> byId(String id) {
    return articles(() -> ArticleRows.byId(connection(), id));
  }

  @Override
  public Optional<Article> byContentHash(String hash) {
    return articles(() -> ArticleRows.byContentHash(connection(), hash));
  }

  @Override
  public List<Article> nearDuplicateCandidates(long simhash) {
    return articles(() -> ArticleRows.nearDuplicateCandidates(connection(), simhash));
  }

  @Override
  public List<Article> all() {
    return articles(
        () ->
            ArticleRows.query(
                connection(), "SELECT " + ArticleRows.COLUMNS + " FROM articles ORDER BY seq"));
  }

  @Override
  public synchronized long count() {
    return scalar("SELECT count(*) FROM articles", "cannot count articles");
  }

  @Override
  public synchronized void addSource(Source source) {
    try {
      inTransaction(
          () -> {
            try (PreparedStatement ps =
                connection()
                    .prepareStatement(
                        dialect().insertOrIgnore("sources", "ref, added_at", "?,?"))) {
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
            try (PreparedStatement ps =
                connection().prepareStatement("DELETE FROM sources WHERE ref=?")) {
              ps.setString(1, ref);
              return ps.executeUpdate() == 1;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot remove source " + ref + ": " + e, e);
    }
  }

  @Override
  public synchronized List<Source> sources() {
    try {
      return reading(
          () -> {
            List<Source> out = new ArrayList<>();
            try (Statement st = connection().createStatement();
                ResultSet rs =
                    st.executeQuery(
                        "SELECT ref, added_at FROM sources ORDER BY added_at, "
                            + dialect().binaryOrder("ref"))) {
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

  /** The one number {@code sql} selects; {@code what} went wrong otherwise. */
  protected long scalar(String sql, String what) {
    try {
      return reading(
          () -> {
            try (Statement st = connection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
              rs.next();
              return rs.getLong(1);
            }
          });
    } catch (SQLException e) {
      throw new StoreException(what + " in " + where() + ": " + e, e);
    }
  }

  private synchronized <T> T articles(Transaction.Work<T> read) {
    try {
      return reading(read);
    } catch (SQLException e) {
      throw new StoreException("cannot read articles from " + where() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return where();
  }
}
