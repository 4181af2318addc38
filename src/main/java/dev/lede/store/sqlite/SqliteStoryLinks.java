package dev.lede.store.sqlite;

import dev.lede.store.StoreException;
import dev.lede.store.StoryLinkStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StoryLinkStore} in the store's SQLite file (table {@code story_links}: story id, group
 * id). A store opened read-only (serving) reads the table a writer made, or sees no links.
 */
public final class SqliteStoryLinks implements StoryLinkStore {
  private final Connection db;
  private final Object lock;

  private SqliteStoryLinks(SqliteStore store) {
    this.db = store.connection();
    this.lock = store;
  }

  /** The links in {@code store}, creating their table when the store is writable. */
  public static SqliteStoryLinks of(SqliteStore store) {
    try (Statement st = store.connection().createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS story_links (story_id TEXT PRIMARY KEY,"
              + " group_id TEXT NOT NULL)");
      st.execute("CREATE INDEX IF NOT EXISTS story_links_group ON story_links (group_id)");
    } catch (SQLException e) {
      // read-only: the reads below find the table a writer made, or nothing
    }
    return new SqliteStoryLinks(store);
  }

  @Override
  public Map<String, String> groups() {
    Map<String, String> out = new LinkedHashMap<>();
    synchronized (lock) {
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT story_id, group_id FROM story_links")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      } catch (SQLException e) {
        if (!missingTable(e)) {
          throw new StoreException("cannot read the story links: " + e, e);
        }
      }
    }
    return out;
  }

  @Override
  public List<String> editionsOf(String storyId) {
    List<String> out = new ArrayList<>();
    synchronized (lock) {
      try (PreparedStatement ps =
          db.prepareStatement(
              "SELECT story_id FROM story_links WHERE group_id ="
                  + " (SELECT group_id FROM story_links WHERE story_id=?) ORDER BY story_id")) {
        ps.setString(1, storyId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        if (!missingTable(e)) {
          throw new StoreException("cannot read the editions of story " + storyId + ": " + e, e);
        }
      }
    }
    return out.isEmpty() ? List.of(storyId) : out;
  }

  @Override
  public void relink(Collection<String> stories, Map<String, String> groups) {
    Map<String, Integer> sizes = new HashMap<>();
    groups.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
    synchronized (lock) {
      try {
        db.setAutoCommit(false);
        try (PreparedStatement del =
                db.prepareStatement("DELETE FROM story_links WHERE story_id=?");
            PreparedStatement put =
                db.prepareStatement("INSERT INTO story_links (story_id, group_id) VALUES (?,?)")) {
          for (String s : stories) {
            del.setString(1, s);
            del.executeUpdate();
            String g = groups.get(s);
            if (g != null && sizes.get(g) > 1) {
              put.setString(1, s);
              put.setString(2, g);
              put.executeUpdate();
            }
          }
          db.commit();
        } catch (SQLException | RuntimeException e) {
          db.rollback();
          throw e;
        } finally {
          db.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException(
            "cannot store the links of " + stories.size() + " stories: " + e, e);
      }
    }
  }

  private static boolean missingTable(SQLException e) {
    return String.valueOf(e.getMessage()).contains("no such table");
  }
}
