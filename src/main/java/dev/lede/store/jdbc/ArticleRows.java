package dev.lede.store.jdbc;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article and fetch-state rows both SQL stores keep, in one layout: times as epoch
 * milliseconds, absent values as NULL, the SimHash with its four 16-bit bands beside it.
 */
public final class ArticleRows {
  /** The article columns {@link #read} reads, in order. */
  public static final String COLUMNS =
      "id, url, canonical_url, title, byline, published, modified, language, source, source_ref,"
          + " text, content_hash, simhash, duplicate_of, fetched_at";

  /** The columns {@link #bind} sets, in order: {@link #COLUMNS} and the four bands. */
  public static final String INSERT_COLUMNS = COLUMNS + ", band0, band1, band2, band3";

  /** One placeholder per {@link #INSERT_COLUMNS}. */
  public static final String INSERT_VALUES = "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?";

  /** The fetch-state columns {@link #readState} reads and {@link #bindState} sets, in order. */
  public static final String STATE_COLUMNS = "url, etag, last_modified, cursor, fetched_at";

  private ArticleRows() {}

  /** Band {@code b} (0-3) of a SimHash: 16 bits, the unit of near-duplicate candidate lookup. */
  public static int band(long simhash, int b) {
    return (int) ((simhash >>> (16 * b)) & 0xFFFF);
  }

  /**
   * Sets the parameters of an insert into {@link #INSERT_COLUMNS}. NUL characters are left out of
   * every text: PostgreSQL cannot store them in text, and both stores keep the same.
   */
  public static void bind(PreparedStatement ps, Article a) throws SQLException {
    int i = 1;
    setText(ps, i++, a.id());
    setText(ps, i++, a.url());
    setText(ps, i++, a.canonicalUrl());
    setText(ps, i++, a.title());
    setOpt(ps, i++, a.byline());
    setTime(ps, i++, a.published());
    setTime(ps, i++, a.modified());
    setText(ps, i++, a.language());
    setText(ps, i++, a.source());
    setText(ps, i++, a.sourceRef());
    setText(ps, i++, a.text());
    setText(ps, i++, a.contentHash());
    ps.setLong(i++, a.simhash());
    setOpt(ps, i++, a.duplicateOf());
    ps.setLong(i++, a.fetchedAt().toEpochMilli());
    for (int b = 0; b < 4; b++) {
      ps.setInt(i++, band(a.simhash(), b));
    }
  }

  /** The article in the current row of a query selecting {@link #COLUMNS}. */
  public static Article read(ResultSet rs) throws SQLException {
    return new Article(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Optional.ofNullable(rs.getString(5)),
        time(rs, 6),
        time(rs, 7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getLong(13),
        Optional.ofNullable(rs.getString(14)),
        Instant.ofEpochMilli(rs.getLong(15)));
  }

  /** The articles {@code sql} (selecting {@link #COLUMNS}) finds with {@code args} bound. */
  public static List<Article> query(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Article> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    }
  }

  /** The article with {@code id}. */
  public static Optional<Article> byId(Connection db, String id) throws SQLException {
    return first(query(db, "SELECT " + COLUMNS + " FROM articles WHERE id=?", id));
  }

  /** The first article stored with {@code hash}. */
  public static Optional<Article> byContentHash(Connection db, String hash) throws SQLException {
    return first(
        query(
            db,
            "SELECT " + COLUMNS + " FROM articles WHERE content_hash=? ORDER BY seq LIMIT 1",
            hash));
  }

  /** Up to 200 articles, oldest first, sharing at least one band with {@code simhash}. */
  public static List<Article> nearDuplicateCandidates(Connection db, long simhash)
      throws SQLException {
    return query(
        db,
        "SELECT "
            + COLUMNS
            + " FROM articles WHERE band0=? OR band1=? OR band2=? OR band3=? ORDER BY seq LIMIT 200",
        band(simhash, 0),
        band(simhash, 1),
        band(simhash, 2),
        band(simhash, 3));
  }

  /** The fetch state of {@code url}. */
  public static Optional<FetchState> fetchState(Connection db, String url) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT " + STATE_COLUMNS + " FROM fetch_state WHERE url=?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readState(rs)) : Optional.empty();
      }
    }
  }

  private static Optional<Article> first(List<Article> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** Sets the parameters of an insert into {@link #STATE_COLUMNS}. */
  public static void bindState(PreparedStatement ps, FetchState s) throws SQLException {
    setText(ps, 1, s.url());
    setOpt(ps, 2, s.etag());
    setOpt(ps, 3, s.lastModified());
    setOpt(ps, 4, s.cursor());
    ps.setLong(5, s.fetchedAt().toEpochMilli());
  }

  /** The fetch state in the current row of a query selecting {@link #STATE_COLUMNS}. */
  public static FetchState readState(ResultSet rs) throws SQLException {
    return new FetchState(
        rs.getString(1),
        Optional.ofNullable(rs.getString(2)),
        Optional.ofNullable(rs.getString(3)),
        Optional.ofNullable(rs.getString(4)),
        Instant.ofEpochMilli(rs.getLong(5)));
  }

  private static Optional<Instant> time(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  private static void setText(PreparedStatement ps, int i, String v) throws SQLException {
    ps.setString(i, v.indexOf('\0') < 0 ? v : v.replace("\0", ""));
  }

  private static void setOpt(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      setText(ps, i, v.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  private static void setTime(PreparedStatement ps, int i, Optional<Instant> v)
      throws SQLException {
    if (v.isPresent()) {
      ps.setLong(i, v.get().toEpochMilli());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }
}
