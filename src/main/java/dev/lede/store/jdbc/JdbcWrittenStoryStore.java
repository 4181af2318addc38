package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import dev.lede.store.WrittenStoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link WrittenStoryStore} in the SQL database the article store keeps ({@link SqlDatabase}). */
public final class JdbcWrittenStoryStore implements WrittenStoryStore {

  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  private final Object lock;

  private JdbcWrittenStoryStore(SqlDatabase sql) {
    this.sql = sql;
    this.lock = sql.lock();
  }

  public static JdbcWrittenStoryStore of(SqlDatabase store) {
    store.createTables(
        "written_stories",
        "CREATE TABLE IF NOT EXISTS written_stories (story_id TEXT NOT NULL,"
            + " version INTEGER NOT NULL, written_at INTEGER NOT NULL,"
            + " articles INTEGER NOT NULL, note TEXT NOT NULL, json TEXT NOT NULL,"
            + " PRIMARY KEY (story_id, version)"
            + store.dialect().rowSeqColumn()
            + ")");
    OwedWrites.ensure(store);
    return new JdbcWrittenStoryStore(store);
  }

  @Override
  public void put(Version v) {
    synchronized (lock) {
      try {
        sql.inTransaction(
            () -> {
              try (PreparedStatement ps =
                  db().prepareStatement(
                          sql.dialect()
                              .insertOrReplace(
                                  "written_stories",
                                  "story_id, version",
                                  "story_id, version, written_at, articles, note, json"))) {
                ps.setString(1, v.storyId());
                ps.setInt(2, v.version());
                ps.setLong(3, v.writtenAt().toEpochMilli());
                ps.setInt(4, v.articles());
                ps.setString(5, v.note());
                ps.setString(6, v.json());
                ps.executeUpdate();
              }
              OwedWrites.settle(db(), v.storyId());
              return null;
            });
      } catch (SQLException e) {
        throw new StoreException(
            "cannot store written story " + v.storyId() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<String> owed() {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (Statement st = db().createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT story_id FROM "
                      + OwedWrites.TABLE
                      + " ORDER BY owed_since, "
                      + sql.dialect().rowSeq())) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read owed story writes: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void settle(String storyId) {
    synchronized (lock) {
      try {
        OwedWrites.settle(db(), storyId);
      } catch (SQLException e) {
        throw new StoreException("cannot settle story " + storyId + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public Optional<Version> latest(String storyId) {
    List<Version> all = versions(storyId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public List<Version> versions(String storyId) {
    return query(
        "SELECT story_id, version, written_at, articles, note, json FROM written_stories"
            + " WHERE story_id=? ORDER BY version",
        storyId);
  }

  @Override
  public List<Version> latestAll() {
    return query(
        "SELECT w.story_id, w.version, w.written_at, w.articles, w.note, w.json"
            + " FROM written_stories w JOIN (SELECT story_id, max(version) v FROM written_stories"
            + " GROUP BY story_id) m ON m.story_id = w.story_id AND m.v = w.version"
            + " ORDER BY w.written_at DESC");
  }

  @Override
  public Mark mark() {
    synchronized (lock) {
      try (Statement st = db().createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT count(*), coalesce(max("
                      + sql.dialect().rowSeq()
                      + "), 0), coalesce(max(written_at), 0)"
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
      try (PreparedStatement ps = db().prepareStatement(sql)) {
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
