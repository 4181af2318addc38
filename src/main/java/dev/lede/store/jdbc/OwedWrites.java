package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * The {@code owed_writes} table: stories whose assignments changed since their last written
 * version. A row is added in the transaction that changes a story's articles ({@link
 * StoryStore#assign}) and removed in the one that stores its next version ({@link
 * WrittenStoryStore#put}), so a run killed at any point, or refused by a full disk, leaves exactly
 * the stories still to write. Both stores work inside transactions they already hold, on the
 * store's one connection and monitor.
 */
final class OwedWrites {
  private OwedWrites() {}

  static final String TABLE = "owed_writes";

  /**
   * Creates the table when missing. A data folder from before it existed is migrated in the same
   * transaction: every story without a written version, or whose latest version has another article
   * count or is older than the story's last assignment or merge, is owed.
   */
  static void ensure(SqlDatabase sql) {
    synchronized (sql.lock()) {
      try {
        create(sql);
      } catch (SQLException e) {
        throw new StoreException("cannot create " + TABLE + " in " + sql.where() + ": " + e, e);
      }
    }
  }

  private static void create(SqlDatabase sql) throws SQLException {
    Dialect d = sql.dialect();
    if (exists(sql, TABLE)) {
      return;
    }
    sql.inTransaction(
        () -> {
          d.lockSchema(sql.connection());
          // Another process may have created (and filled) it while this one waited for the lock.
          if (exists(sql, TABLE)) {
            return null;
          }
          try (Statement st = sql.connection().createStatement()) {
            st.execute(
                d.ddl(
                    "CREATE TABLE IF NOT EXISTS "
                        + TABLE
                        + " (story_id TEXT PRIMARY KEY, owed_since INTEGER NOT NULL"
                        + d.rowSeqColumn()
                        + ")"));
            if (exists(sql, "story_articles")) {
              String select =
                  exists(sql, "written_stories") && exists(sql, "story_merges")
                      ? STALE_OR_UNWRITTEN
                      : "SELECT story_id, max(assigned_at) FROM story_articles GROUP BY story_id";
              st.execute(
                  d == Dialect.SQLITE
                      ? "INSERT OR IGNORE INTO " + TABLE + " (story_id, owed_since) " + select
                      : "INSERT INTO "
                          + TABLE
                          + " (story_id, owed_since) "
                          + select
                          + " ON CONFLICT DO NOTHING");
            }
          }
          return null;
        });
  }

  /** Live stories with no written version, or a written version older than their articles. */
  private static final String STALE_OR_UNWRITTEN =
      "SELECT l.story_id, l.at FROM"
          + " (SELECT story_id, count(*) n, max(assigned_at) at FROM story_articles"
          + " GROUP BY story_id) l"
          + " LEFT JOIN (SELECT w.story_id, w.articles, w.written_at FROM written_stories w"
          + " JOIN (SELECT story_id, max(version) v FROM written_stories GROUP BY story_id) m"
          + " ON m.story_id = w.story_id AND m.v = w.version) w ON w.story_id = l.story_id"
          + " LEFT JOIN (SELECT into_id, max(merged_at) at FROM story_merges GROUP BY into_id) g"
          + " ON g.into_id = l.story_id"
          + " WHERE w.story_id IS NULL OR w.articles <> l.n OR w.written_at < l.at"
          + " OR w.written_at < coalesce(g.at, 0)";

  private static boolean exists(SqlDatabase sql, String table) throws SQLException {
    try (PreparedStatement ps = sql.connection().prepareStatement(sql.dialect().tableExists())) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Marks stories as owing a write (keeping since when), inside the caller's transaction. */
  static void owe(Connection db, Collection<String> storyIds, long at) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO "
                + TABLE
                + " (story_id, owed_since) VALUES (?,?) ON CONFLICT(story_id) DO NOTHING")) {
      for (String id : storyIds) {
        ps.setString(1, id);
        ps.setLong(2, at);
        ps.executeUpdate();
      }
    }
  }

  /** Clears a story's debt, inside the caller's transaction (or on its own in auto-commit). */
  static void settle(Connection db, String storyId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + TABLE + " WHERE story_id=?")) {
      ps.setString(1, storyId);
      ps.executeUpdate();
    }
  }
}
