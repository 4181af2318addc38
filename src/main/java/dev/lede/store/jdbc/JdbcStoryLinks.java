package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import dev.lede.store.StoryLinkStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StoryLinkStore} in the store's SQL database (table {@code story_links}: story id, group
 * id; table {@code story_summaries}: story id, first and last time in epoch milliseconds, evidence,
 * indexed by first time so a window reads only its stretch). A store opened read-only (serving)
 * reads the table a writer made, or sees no links.
 */
public final class JdbcStoryLinks implements StoryLinkStore {
  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  private final Object lock;

  private JdbcStoryLinks(SqlDatabase store) {
    this.sql = store;
    this.lock = store.lock();
  }

  /** The links in {@code store}, creating their table when the store is writable. */
  public static JdbcStoryLinks of(SqlDatabase store) {
    store.createTablesIfWritable(
        "CREATE TABLE IF NOT EXISTS story_links (story_id TEXT PRIMARY KEY,"
            + " group_id TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS story_links_group ON story_links (group_id)",
        "CREATE TABLE IF NOT EXISTS story_summaries (story_id TEXT PRIMARY KEY,"
            + " first_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL,"
            + " evidence TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS story_summaries_first ON story_summaries (first_ms)");
    return new JdbcStoryLinks(store);
  }

  @Override
  public Map<String, String> groups() {
    Map<String, String> out = new LinkedHashMap<>();
    synchronized (lock) {
      try (Statement st = db().createStatement();
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
          db().prepareStatement(
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
    inTransaction(
        "cannot store the links of " + stories.size() + " stories",
        () -> {
          try (PreparedStatement del =
                  db().prepareStatement("DELETE FROM story_links WHERE story_id=?");
              PreparedStatement put =
                  db().prepareStatement(
                          "INSERT INTO story_links (story_id, group_id) VALUES (?,?)")) {
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
          }
        });
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction under the store's lock; on failure nothing is kept. */
  private void inTransaction(String failure, SqlWork work) {
    synchronized (lock) {
      try {
        sql.inTransaction(
            () -> {
              work.run();
              return null;
            });
      } catch (SQLException e) {
        throw new StoreException(failure + ": " + e, e);
      }
    }
  }

  @Override
  public void putSummaries(Collection<Summary> put, Collection<String> gone) {
    inTransaction(
        "cannot store the summaries of " + put.size() + " stories",
        () -> {
          try (PreparedStatement upsert =
                  db().prepareStatement(
                          sql.dialect()
                              .insertOrReplace(
                                  "story_summaries",
                                  "story_id",
                                  "story_id, first_ms, last_ms, evidence"));
              PreparedStatement dropSummary =
                  db().prepareStatement("DELETE FROM story_summaries WHERE story_id=?");
              PreparedStatement dropLink =
                  db().prepareStatement("DELETE FROM story_links WHERE story_id=?")) {
            for (Summary x : put) {
              upsert.setString(1, x.storyId());
              upsert.setLong(2, x.first().toEpochMilli());
              upsert.setLong(3, x.last().toEpochMilli());
              upsert.setString(4, x.evidence());
              upsert.executeUpdate();
            }
            for (String g : gone) {
              dropSummary.setString(1, g);
              dropSummary.executeUpdate();
              dropLink.setString(1, g);
              dropLink.executeUpdate();
            }
          }
        });
  }

  @Override
  public List<Summary> summariesBetween(Instant from, Instant to) {
    // A span meets the window when it starts by its end and ends after its start; the index on
    // first_ms bounds the scan from above.
    return querySummaries(
        "SELECT story_id, first_ms, last_ms, evidence FROM story_summaries"
            + " WHERE first_ms <= ? AND last_ms >= ?",
        ps -> {
          ps.setLong(1, to.toEpochMilli());
          ps.setLong(2, from.toEpochMilli());
        });
  }

  @Override
  public List<Summary> summaries(Collection<String> storyIds) {
    List<Summary> out = new ArrayList<>();
    for (String id : storyIds) {
      out.addAll(
          querySummaries(
              "SELECT story_id, first_ms, last_ms, evidence FROM story_summaries WHERE story_id=?",
              ps -> ps.setString(1, id)));
    }
    return out;
  }

  @Override
  public long summaryCount() {
    synchronized (lock) {
      try (Statement st = db().createStatement();
          ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM story_summaries")) {
        return rs.next() ? rs.getLong(1) : 0;
      } catch (SQLException e) {
        if (missingTable(e)) {
          return 0;
        }
        throw new StoreException("cannot count the story summaries: " + e, e);
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<Summary> querySummaries(String sql, Binder binder) {
    List<Summary> out = new ArrayList<>();
    synchronized (lock) {
      try (PreparedStatement ps = db().prepareStatement(sql)) {
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(
                new Summary(
                    rs.getString(1),
                    Instant.ofEpochMilli(rs.getLong(2)),
                    Instant.ofEpochMilli(rs.getLong(3)),
                    rs.getString(4)));
          }
        }
      } catch (SQLException e) {
        if (!missingTable(e)) {
          throw new StoreException("cannot read the story summaries: " + e, e);
        }
      }
    }
    return out;
  }

  private boolean missingTable(SQLException e) {
    return sql.dialect().missingTable(e);
  }
}
