package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reader-app state in the store's SQL database (table {@code reader_items}): a numeric item id per
 * story, assigned once in the order stories are first listed, and read/starred flags.
 */
public final class JdbcReaderState implements dev.lede.store.ReaderStateStore {
  private final Object store;
  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  private JdbcReaderState(SqlDatabase store) {
    this.store = store.lock();
    this.sql = store;
  }

  public static JdbcReaderState of(SqlDatabase store) {
    // On a read-only store the reads find the table a writer made; marking then fails clearly.
    store.createTablesIfWritable(
        "CREATE TABLE IF NOT EXISTS reader_items (item_id INTEGER PRIMARY KEY"
            + " AUTOINCREMENT, story_id TEXT NOT NULL UNIQUE,"
            + " read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0)");
    return new JdbcReaderState(store);
  }

  /** Item ids of {@code storyIds}, assigning new ones in the order given. */
  @Override
  public Map<String, Long> itemIds(List<String> storyIds) {
    synchronized (store) {
      try {
        Map<String, Long> known = new HashMap<>();
        try (Statement st = db().createStatement();
            ResultSet rs = st.executeQuery("SELECT story_id, item_id FROM reader_items")) {
          while (rs.next()) {
            known.put(rs.getString(1), rs.getLong(2));
          }
        }
        boolean missing = storyIds.stream().anyMatch(id -> !known.containsKey(id));
        if (missing) {
          db().setAutoCommit(false);
          try (PreparedStatement ps =
              db().prepareStatement(
                      sql.dialect().insertOrIgnore("reader_items", "story_id", "?"),
                      Statement.RETURN_GENERATED_KEYS)) {
            for (String id : storyIds) {
              if (!known.containsKey(id)) {
                ps.setString(1, id);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  if (keys.next()) {
                    known.put(id, keys.getLong(1));
                  }
                }
              }
            }
            db().commit();
          } catch (SQLException e) {
            db().rollback();
            throw e;
          } finally {
            db().setAutoCommit(true);
          }
        }
        Map<String, Long> out = new HashMap<>();
        for (String id : storyIds) {
          out.put(id, known.get(id));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot assign reader item ids: " + e, e);
      }
    }
  }

  @Override
  public Set<Long> read() {
    return ids("SELECT item_id FROM reader_items WHERE read=1");
  }

  @Override
  public Set<Long> starred() {
    return ids("SELECT item_id FROM reader_items WHERE starred=1");
  }

  @Override
  public void setRead(long item, boolean read) {
    update("UPDATE reader_items SET read=? WHERE item_id=?", read ? 1 : 0, item);
  }

  @Override
  public void setStarred(long item, boolean starred) {
    update("UPDATE reader_items SET starred=? WHERE item_id=?", starred ? 1 : 0, item);
  }

  @Override
  public void readAllUpTo(long maxItem) {
    update("UPDATE reader_items SET read=? WHERE item_id<=?", 1, maxItem);
  }

  private void update(String sql, int flag, long item) {
    synchronized (store) {
      try (PreparedStatement ps = db().prepareStatement(sql)) {
        ps.setInt(1, flag);
        ps.setLong(2, item);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot mark reader item " + item + ": " + e, e);
      }
    }
  }

  private Set<Long> ids(String sql) {
    Set<Long> out = new HashSet<>();
    synchronized (store) {
      try (Statement st = db().createStatement();
          ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read reader state: " + e, e);
      }
    }
    return out;
  }
}
