package dev.lede.store.jdbc;

import dev.lede.store.HostTemplateStore;
import dev.lede.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Each host's block prints in the store's SQL database: table {@code template_pages} (the pages
 * counted, numbered per host) and {@code template_blocks} (per print, on how many pages it was seen
 * and the number of the last one). Bounded: a print seen on few pages and not for {@value
 * #FORGET_AFTER} pages of its host is forgotten, as are page keys older than {@value #PAGES_KEPT}
 * pages.
 */
public final class JdbcHostTemplates implements HostTemplateStore {
  /** Pages of a host after which a rarely seen print is forgotten. */
  static final int FORGET_AFTER = 200;

  /** A print seen on this many pages is kept however long ago (an old template). */
  static final int KEPT_FROM = 10;

  /** Page keys kept per host, to count a page fetched again once. */
  static final int PAGES_KEPT = 5000;

  /** Forgetting runs every this many pages of a host. */
  static final int PRUNE_EVERY = 50;

  private final SqlDatabase sql;

  private JdbcHostTemplates(SqlDatabase sql) {
    this.sql = sql;
  }

  /** The templates in {@code store}, creating their tables when the store is writable. */
  public static JdbcHostTemplates of(SqlDatabase store) {
    store.createTablesIfWritable(
        "CREATE TABLE IF NOT EXISTS template_pages (host TEXT NOT NULL,"
            + " page INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (host, page))",
        "CREATE TABLE IF NOT EXISTS template_blocks (host TEXT NOT NULL,"
            + " print INTEGER NOT NULL, pages INTEGER NOT NULL, last_seq INTEGER NOT NULL,"
            + " PRIMARY KEY (host, print))");
    return new JdbcHostTemplates(store);
  }

  @Override
  public Set<Long> repeated(String host, int minPages) {
    Objects.requireNonNull(host, "host must not be null");
    synchronized (sql.lock()) {
      Set<Long> out = new HashSet<>();
      try (PreparedStatement ps =
          sql.connection()
              .prepareStatement("SELECT print FROM template_blocks WHERE host=? AND pages>=?")) {
        ps.setString(1, host);
        ps.setInt(2, minPages);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getLong(1));
        }
      } catch (SQLException e) {
        if (sql.dialect().missingTable(e)) return Set.of(); // a folder no writer learned in
        throw new StoreException("cannot read the template of " + host + ": " + e, e);
      }
      return out;
    }
  }

  @Override
  public void learn(String host, long pageKey, Collection<Long> prints) {
    Objects.requireNonNull(host, "host must not be null");
    Set<Long> distinct = new LinkedHashSet<>(prints);
    synchronized (sql.lock()) {
      try {
        sql.inTransaction(() -> learnIn(host, pageKey, distinct));
      } catch (SQLException e) {
        throw new StoreException("cannot store the template of " + host + ": " + e, e);
      }
    }
  }

  private Void learnIn(String host, long pageKey, Set<Long> prints) throws SQLException {
    long seq;
    try (PreparedStatement ps =
        sql.connection()
            .prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM template_pages WHERE host=?")) {
      ps.setString(1, host);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        sql.connection()
            .prepareStatement(
                sql.dialect().insertOrIgnore("template_pages", "host, page, seq", "?,?,?"))) {
      ps.setString(1, host);
      ps.setLong(2, pageKey);
      ps.setLong(3, seq);
      if (ps.executeUpdate() == 0) return null; // this page was counted already
    }
    try (PreparedStatement ps =
        sql.connection()
            .prepareStatement(
                "INSERT INTO template_blocks (host, print, pages, last_seq) VALUES (?,?,1,?)"
                    + " ON CONFLICT (host, print) DO UPDATE SET"
                    + " pages = template_blocks.pages + 1, last_seq = excluded.last_seq")) {
      for (long p : prints) {
        ps.setString(1, host);
        ps.setLong(2, p);
        ps.setLong(3, seq);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    if (seq % PRUNE_EVERY == 0) prune(host, seq);
    return null;
  }

  private void prune(String host, long seq) throws SQLException {
    try (PreparedStatement ps =
        sql.connection()
            .prepareStatement(
                "DELETE FROM template_blocks WHERE host=? AND pages<? AND last_seq<=?")) {
      ps.setString(1, host);
      ps.setInt(2, KEPT_FROM);
      ps.setLong(3, seq - FORGET_AFTER);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        sql.connection().prepareStatement("DELETE FROM template_pages WHERE host=? AND seq<=?")) {
      ps.setString(1, host);
      ps.setLong(2, seq - PAGES_KEPT);
      ps.executeUpdate();
    }
  }
}
