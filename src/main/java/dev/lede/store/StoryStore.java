package dev.lede.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which story each article belongs to, kept in the same SQLite file as the articles (the source of
 * truth; the clusterer's own index is derived from these rows). Assignments and the merges they
 * cause commit together.
 */
public final class StoryStore {

  /**
   * One article's place in a story.
   *
   * @param articleId the article
   * @param storyId the story it joined (before any later merge)
   * @param assignedAt when
   */
  public record Assignment(String articleId, String storyId, Instant assignedAt) {}

  private final Connection db;
  // The store's monitor: one connection, so one transaction at a time across both classes.
  private final Object lock;

  private StoryStore(Connection db, Object lock) {
    this.db = db;
    this.lock = lock;
  }

  /** Story tables inside the store's database, created when missing. */
  public static StoryStore of(SqliteStore store) {
    Connection db = store.connection();
    try (Statement st = db.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS story_articles ("
              + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " article_id TEXT NOT NULL UNIQUE,"
              + " story_id TEXT NOT NULL,"
              + " assigned_at INTEGER NOT NULL)");
      st.execute("CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id)");
      st.execute(
          "CREATE TABLE IF NOT EXISTS story_merges ("
              + " from_id TEXT PRIMARY KEY, into_id TEXT NOT NULL, merged_at INTEGER NOT NULL)");
    } catch (SQLException e) {
      throw new StoreException("cannot create story tables in " + store.file() + ": " + e, e);
    }
    return new StoryStore(db, store);
  }

  /** Records an assignment and any merges, in one transaction. */
  public void assign(Assignment a, Map<String, String> newMerges) {
    synchronized (lock) {
      try {
        db.setAutoCommit(false);
        try {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT OR REPLACE INTO story_articles (article_id, story_id, assigned_at)"
                      + " VALUES (?,?,?)")) {
            ps.setString(1, a.articleId());
            ps.setString(2, a.storyId());
            ps.setLong(3, a.assignedAt().toEpochMilli());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT OR REPLACE INTO story_merges (from_id, into_id, merged_at)"
                      + " VALUES (?,?,?)")) {
            for (Map.Entry<String, String> m : newMerges.entrySet()) {
              ps.setString(1, m.getKey());
              ps.setString(2, m.getValue());
              ps.setLong(3, a.assignedAt().toEpochMilli());
              ps.executeUpdate();
            }
          }
          db.commit();
        } catch (SQLException e) {
          db.rollback();
          throw e;
        } finally {
          db.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot assign " + a.articleId() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Every assignment, in the order made. */
  public List<Assignment> assignments() {
    synchronized (lock) {
      List<Assignment> out = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT article_id, story_id, assigned_at FROM story_articles ORDER BY seq")) {
        while (rs.next()) {
          out.add(
              new Assignment(
                  rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read story assignments: " + e, e);
      }
    }
  }

  /** Retired story ids mapped to the story that absorbed them (one hop). */
  public Map<String, String> merges() {
    synchronized (lock) {
      Map<String, String> out = new LinkedHashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT from_id, into_id FROM story_merges")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read story merges: " + e, e);
      }
    }
  }

  /** The live story an id now belongs to, following merges. */
  public String resolve(String storyId) {
    Map<String, String> merges = merges();
    String id = storyId;
    for (int hops = 0; hops < 1000 && merges.containsKey(id); hops++) {
      id = merges.get(id);
    }
    return id;
  }

  /** Articles stored but not yet assigned to a story, in storage order. */
  public List<String> unassignedArticleIds() {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id"
                      + " WHERE s.article_id IS NULL ORDER BY a.seq")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read unassigned articles: " + e, e);
      }
    }
  }

  /** The story an article was assigned to (before merges). */
  public Optional<String> storyOf(String articleId) {
    synchronized (lock) {
      try (PreparedStatement ps =
          db.prepareStatement("SELECT story_id FROM story_articles WHERE article_id=?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read story of " + articleId + ": " + e, e);
      }
    }
  }
}
