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
   * @param storyId the story it belongs to now
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

  /**
   * A change to earlier assignments that placing one article caused.
   *
   * @param from the story articles leave
   * @param to the story they join
   * @param articleIds the articles that move; empty means all of {@code from} (a merge, after which
   *     {@code from} is retired and resolves to {@code to})
   */
  public record Move(String from, String to, List<String> articleIds) {
    public Move {
      articleIds = List.copyOf(articleIds);
    }

    public boolean isMerge() {
      return articleIds.isEmpty();
    }
  }

  /** Records an assignment and the moves it caused, in one transaction, in order. */
  public void assign(Assignment a, List<Move> moves) {
    synchronized (lock) {
      try {
        db.setAutoCommit(false);
        try {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO story_articles (article_id, story_id, assigned_at) VALUES (?,?,?)"
                      + " ON CONFLICT(article_id) DO UPDATE SET story_id=excluded.story_id")) {
            ps.setString(1, a.articleId());
            ps.setString(2, a.storyId());
            ps.setLong(3, a.assignedAt().toEpochMilli());
            ps.executeUpdate();
          }
          for (Move m : moves) {
            if (m.isMerge()) {
              try (PreparedStatement ps =
                  db.prepareStatement("UPDATE story_articles SET story_id=? WHERE story_id=?")) {
                ps.setString(1, m.to());
                ps.setString(2, m.from());
                ps.executeUpdate();
              }
              try (PreparedStatement ps =
                  db.prepareStatement(
                      "INSERT OR REPLACE INTO story_merges (from_id, into_id, merged_at)"
                          + " VALUES (?,?,?)")) {
                ps.setString(1, m.from());
                ps.setString(2, m.to());
                ps.setLong(3, a.assignedAt().toEpochMilli());
                ps.executeUpdate();
              }
            } else {
              try (PreparedStatement ps =
                  db.prepareStatement("UPDATE story_articles SET story_id=? WHERE article_id=?")) {
                for (String id : m.articleIds()) {
                  ps.setString(1, m.to());
                  ps.setString(2, id);
                  ps.executeUpdate();
                }
              }
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

  /** Article ids of a story, in assignment order. */
  public List<String> articlesOf(String storyId) {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps =
          db.prepareStatement(
              "SELECT article_id FROM story_articles WHERE story_id=? ORDER BY seq")) {
        ps.setString(1, storyId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read articles of story " + storyId + ": " + e, e);
      }
    }
  }

  /** Live story ids with their article counts, most recently assigned first. */
  public Map<String, Integer> storySizes() {
    synchronized (lock) {
      Map<String, Integer> out = new LinkedHashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT story_id, count(*), max(seq) m FROM story_articles GROUP BY story_id"
                      + " ORDER BY m DESC")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot list stories: " + e, e);
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

  /** The story an article belongs to now. */
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
