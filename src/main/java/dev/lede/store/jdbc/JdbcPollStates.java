package dev.lede.store.jdbc;

import dev.lede.model.PollState;
import dev.lede.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The poll schedule of every source ({@link PollState}), in the store's SQL database (table {@code
 * poll_state}). A store opened read-only (serving) reads it when a writer created it and sees an
 * empty schedule otherwise.
 */
public final class JdbcPollStates implements dev.lede.store.PollStateStore {
  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  private final Object lock;

  private JdbcPollStates(SqlDatabase store) {
    this.sql = store;
    this.lock = store.lock();
  }

  /** The schedule in {@code store}, creating its table when the store is writable. */
  public static JdbcPollStates of(SqlDatabase store) {
    store.createTablesIfWritable(
        "CREATE TABLE IF NOT EXISTS poll_state (ref TEXT PRIMARY KEY,"
            + " next_poll INTEGER NOT NULL, last_poll INTEGER, status TEXT NOT NULL,"
            + " last_error TEXT, errors INTEGER NOT NULL, paused INTEGER NOT NULL,"
            + " update_gap_ms INTEGER, last_new_at INTEGER,"
            + " last_new INTEGER NOT NULL)");
    return new JdbcPollStates(store);
  }

  @Override
  public void put(PollState s) {
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement(
                  sql.dialect()
                      .insertOrReplace(
                          "poll_state",
                          "ref",
                          "ref, next_poll, last_poll, status, last_error,"
                              + " errors, paused, update_gap_ms, last_new_at, last_new"))) {
        ps.setString(1, s.ref());
        ps.setLong(2, s.nextPoll().toEpochMilli());
        setTime(ps, 3, s.lastPoll());
        ps.setString(4, s.status());
        ps.setString(5, s.lastError().orElse(null));
        ps.setInt(6, s.errors());
        ps.setInt(7, s.paused() ? 1 : 0);
        if (s.updateGap().isPresent()) {
          ps.setLong(8, s.updateGap().get().toMillis());
        } else {
          ps.setNull(8, java.sql.Types.INTEGER);
        }
        setTime(ps, 9, s.lastNewAt());
        ps.setInt(10, s.lastNew());
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot store the poll state of " + s.ref() + ": " + e, e);
      }
    }
  }

  @Override
  public Optional<PollState> get(String ref) {
    List<PollState> one = query("SELECT * FROM poll_state WHERE ref=?", ref);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /** Every stored state, by ref. */
  @Override
  public Map<String, PollState> all() {
    Map<String, PollState> out = new HashMap<>();
    for (PollState s : query("SELECT * FROM poll_state")) {
      out.put(s.ref(), s);
    }
    return out;
  }

  @Override
  public void remove(String ref) {
    synchronized (lock) {
      try (PreparedStatement ps = db().prepareStatement("DELETE FROM poll_state WHERE ref=?")) {
        ps.setString(1, ref);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot remove the poll state of " + ref + ": " + e, e);
      }
    }
  }

  /** Articles stored from each source ref since {@code since}, by ref (fetch time). */
  @Override
  public Map<String, Long> articlesSince(Instant since) {
    Map<String, Long> out = new HashMap<>();
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement(
                  "SELECT source_ref, count(*) FROM articles WHERE fetched_at>=? GROUP BY source_ref")) {
        ps.setLong(1, since.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getLong(2));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot count articles by source in " + sql.where() + ": " + e, e);
      }
    }
    return out;
  }

  private List<PollState> query(String sql, String... args) {
    List<PollState> out = new ArrayList<>();
    synchronized (lock) {
      try (PreparedStatement ps = db().prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setString(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long gap = rs.getLong("update_gap_ms");
            Optional<Duration> updateGap =
                rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(gap));
            out.add(
                new PollState(
                    rs.getString("ref"),
                    Instant.ofEpochMilli(rs.getLong("next_poll")),
                    time(rs, "last_poll"),
                    rs.getString("status"),
                    Optional.ofNullable(rs.getString("last_error")),
                    rs.getInt("errors"),
                    rs.getInt("paused") != 0,
                    updateGap,
                    time(rs, "last_new_at"),
                    rs.getInt("last_new")));
          }
        }
      } catch (SQLException e) {
        if (this.sql.dialect().missingTable(e)) {
          return List.of(); // a read-only store no writer has scheduled yet
        }
        throw new StoreException("cannot read poll state from " + this.sql.where() + ": " + e, e);
      }
    }
    return out;
  }

  private static Optional<Instant> time(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  private static void setTime(PreparedStatement ps, int i, Optional<Instant> t)
      throws SQLException {
    if (t.isPresent()) {
      ps.setLong(i, t.get().toEpochMilli());
    } else {
      ps.setNull(i, java.sql.Types.INTEGER);
    }
  }
}
