package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import dev.lede.store.StoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link StoryStore} in the SQL database the article store keeps ({@link SqlDatabase}). */
public final class JdbcStoryStore implements StoryStore {

  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  // The store's monitor: one connection, so one transaction at a time across both classes.
  private final Object lock;

  private JdbcStoryStore(SqlDatabase sql) {
    this.sql = sql;
    this.lock = sql.lock();
  }

  /** Story tables inside the store's database, created when missing. */
  public static JdbcStoryStore of(SqlDatabase store) {
    store.createTables(
        "story tables",
        "CREATE TABLE IF NOT EXISTS story_articles ("
            + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            + " article_id TEXT NOT NULL UNIQUE,"
            + " story_id TEXT NOT NULL,"
            + " assigned_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id)",
        "CREATE TABLE IF NOT EXISTS story_merges ("
            + " from_id TEXT PRIMARY KEY, into_id TEXT NOT NULL,"
            + " merged_at INTEGER NOT NULL)");
    OwedWrites.ensure(store);
    return new JdbcStoryStore(store);
  }

  @Override
  public void assign(Assignment a, List<Move> moves) {
    synchronized (lock) {
      try {
        sql.inTransaction(
            () -> {
              record(a, moves);
              return null;
            });
      } catch (SQLException e) {
        throw new StoreException("cannot assign " + a.articleId() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The statements of {@link #assign}, inside its transaction. */
  private void record(Assignment a, List<Move> moves) throws SQLException {
    try (PreparedStatement ps =
        db().prepareStatement(
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
            db().prepareStatement("UPDATE story_articles SET story_id=? WHERE story_id=?")) {
          ps.setString(1, m.to());
          ps.setString(2, m.from());
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            db().prepareStatement(
                    sql.dialect()
                        .insertOrReplace(
                            "story_merges", "from_id", "from_id, into_id, merged_at"))) {
          ps.setString(1, m.from());
          ps.setString(2, m.to());
          ps.setLong(3, a.assignedAt().toEpochMilli());
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps =
            db().prepareStatement("UPDATE story_articles SET story_id=? WHERE article_id=?")) {
          for (String id : m.articleIds()) {
            ps.setString(1, m.to());
            ps.setString(2, id);
            ps.executeUpdate();
          }
        }
      }
    }
    Set<String> changed = new LinkedHashSet<>();
    changed.add(a.storyId());
    for (Move m : moves) {
      changed.add(m.to());
      if (m.isMerge()) {
        changed.remove(m.from());
        OwedWrites.settle(db(), m.from());
      } else {
        changed.add(m.from());
      }
    }
    OwedWrites.owe(db(), changed, a.assignedAt().toEpochMilli());
  }

  @Override
  public List<String> articlesOf(String storyId) {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps =
          db().prepareStatement(
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

  @Override
  public Map<String, Integer> storySizes() {
    synchronized (lock) {
      Map<String, Integer> out = new LinkedHashMap<>();
      try (Statement st = db().createStatement();
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

  @Override
  public List<Assignment> assignments() {
    synchronized (lock) {
      List<Assignment> out = new ArrayList<>();
      try (Statement st = db().createStatement();
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

  @Override
  public Map<String, String> merges() {
    synchronized (lock) {
      Map<String, String> out = new LinkedHashMap<>();
      try (Statement st = db().createStatement();
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

  /** Merge chains longer than this are taken as a cycle and followed no further. */
  static final int MAX_HOPS = 1000;

  /** Ids bound per statement in batch look-ups, well under SQLite's limit on parameters. */
  static final int BATCH = 500;

  @Override
  public String resolve(String storyId) {
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement("SELECT into_id FROM story_merges WHERE from_id=?")) {
        String id = storyId;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              break;
            }
            id = rs.getString(1);
          }
        }
        return id;
      } catch (SQLException e) {
        throw new StoreException("cannot resolve story " + storyId + ": " + e, e);
      }
    }
  }

  @Override
  public Map<String, String> resolveAll(Collection<String> storyIds) {
    synchronized (lock) {
      try {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : storyIds) {
          out.put(id, id);
        }
        // Ids still being followed, by where their chain has reached so far.
        Map<String, List<String>> reached = new LinkedHashMap<>();
        for (String id : out.keySet()) {
          reached.computeIfAbsent(id, k -> new ArrayList<>()).add(id);
        }
        for (int hops = 0; hops < MAX_HOPS && !reached.isEmpty(); hops++) {
          Map<String, String> next =
              lookUp("SELECT from_id, into_id FROM story_merges", "from_id", reached.keySet());
          Map<String, List<String>> still = new LinkedHashMap<>();
          for (Map.Entry<String, String> e : next.entrySet()) {
            for (String id : reached.get(e.getKey())) {
              out.put(id, e.getValue());
              still.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(id);
            }
          }
          reached = still;
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot resolve " + storyIds.size() + " stories: " + e, e);
      }
    }
  }

  @Override
  public Map<String, String> liveStoriesOf(Collection<String> articleIds) {
    Map<String, String> stored;
    synchronized (lock) {
      try {
        stored =
            lookUp("SELECT article_id, story_id FROM story_articles", "article_id", articleIds);
      } catch (SQLException e) {
        throw new StoreException(
            "cannot read stories of " + articleIds.size() + " articles: " + e, e);
      }
    }
    Map<String, String> live = resolveAll(stored.values());
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : articleIds) {
      String s = stored.get(id);
      if (s != null) {
        out.put(id, live.get(s));
      }
    }
    return out;
  }

  /**
   * Rows of {@code select} (key, value) whose {@code column} is one of {@code keys}, {@value
   * #BATCH} keys per statement.
   */
  private Map<String, String> lookUp(String select, String column, Collection<String> keys)
      throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps =
          db().prepareStatement(select + " WHERE " + column + " IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  @Override
  public List<String> unassignedArticleIds() {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (Statement st = db().createStatement();
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

  @Override
  public Optional<String> storyOf(String articleId) {
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement("SELECT story_id FROM story_articles WHERE article_id=?")) {
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
