package dev.lede.store;

import dev.lede.store.sqlite.SqliteStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every version of every written story, as the JSON {@code lede write} prints, with when it was
 * written and what changed. Stored in the store's SQLite file.
 */
public final class WrittenStoryStore {

  /**
   * One stored version.
   *
   * @param storyId the story
   * @param version 1, 2, ...
   * @param writtenAt when this version was written
   * @param articles how many articles it was written from
   * @param note what changed since the previous version
   * @param json the written story
   */
  public record Version(
      String storyId, int version, Instant writtenAt, int articles, String note, String json) {}

  private final Connection db;
  private final Object lock;

  private WrittenStoryStore(Connection db, Object lock) {
    this.db = db;
    this.lock = lock;
  }

  public static WrittenStoryStore of(SqliteStore store) {
    try (Statement st = store.connection().createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS written_stories (story_id TEXT NOT NULL,"
              + " version INTEGER NOT NULL, written_at INTEGER NOT NULL, articles INTEGER NOT NULL,"
              + " note TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (story_id, version))");
      synchronized (store) {
        OwedWrites.ensure(store.connection());
      }
    } catch (SQLException e) {
      throw new StoreException("cannot create written_stories in " + store.file() + ": " + e, e);
    }
    return new WrittenStoryStore(store.connection(), store);
  }

  /**
   * Stores a version and, in the same transaction, clears the story's owed write: a run killed
   * before the commit leaves the story owed, one killed after leaves it written.
   */
  public void put(Version v) {
    synchronized (lock) {
      try {
        Transaction.run(
            db,
            () -> {
              try (PreparedStatement ps =
                  db.prepareStatement(
                      "INSERT OR REPLACE INTO written_stories"
                          + " (story_id, version, written_at, articles, note, json)"
                          + " VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, v.storyId());
                ps.setInt(2, v.version());
                ps.setLong(3, v.writtenAt().toEpochMilli());
                ps.setInt(4, v.articles());
                ps.setString(5, v.note());
                ps.setString(6, v.json());
                ps.executeUpdate();
              }
              OwedWrites.settle(db, v.storyId());
              return null;
            });
      } catch (SQLException e) {
        throw new StoreException(
            "cannot store written story " + v.storyId() + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Stories owing a write, the longest owed first: their articles changed after their last version
   * (or they have none), including changes made by runs that were killed or failed.
   */
  public List<String> owed() {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT story_id FROM " + OwedWrites.TABLE + " ORDER BY owed_since, rowid")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read owed story writes: " + e.getMessage(), e);
      }
    }
  }

  /** Clears the owed write of a story that has nothing to write (no articles left). */
  public void settle(String storyId) {
    synchronized (lock) {
      try {
        OwedWrites.settle(db, storyId);
      } catch (SQLException e) {
        throw new StoreException("cannot settle story " + storyId + ": " + e.getMessage(), e);
      }
    }
  }

  /** The newest version of a story. */
  public Optional<Version> latest(String storyId) {
    List<Version> all = versions(storyId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** All versions of a story, oldest first. */
  public List<Version> versions(String storyId) {
    return query(
        "SELECT story_id, version, written_at, articles, note, json FROM written_stories"
            + " WHERE story_id=? ORDER BY version",
        storyId);
  }

  /** The newest version of every story, most recently written first. */
  public List<Version> latestAll() {
    return query(
        "SELECT w.story_id, w.version, w.written_at, w.articles, w.note, w.json"
            + " FROM written_stories w JOIN (SELECT story_id, max(version) v FROM written_stories"
            + " GROUP BY story_id) m ON m.story_id = w.story_id AND m.v = w.version"
            + " ORDER BY w.written_at DESC");
  }

  /**
   * What changes when a version is stored: how many there are, the last row and the last write
   * time. Comparing two marks is far cheaper than reading the versions.
   *
   * @param versions number of stored versions
   * @param lastRow the highest row id
   * @param lastWritten the latest {@code writtenAt}, in epoch milliseconds (0 when empty)
   */
  public record Mark(long versions, long lastRow, long lastWritten) {}

  /** The current {@link Mark}. */
  public Mark mark() {
    synchronized (lock) {
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*), coalesce(max(rowid), 0), coalesce(max(written_at), 0)"
                      + " FROM written_stories")) {
        rs.next();
        return new Mark(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      } catch (SQLException e) {
        throw new StoreException("cannot read written stories: " + e, e);
      }
    }
  }

  private List<Version> query(String sql, String... args) {
    synchronized (lock) {
      List<Version> out = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setString(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(
                new Version(
                    rs.getString(1),
                    rs.getInt(2),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read written stories: " + e, e);
      }
    }
  }
}
