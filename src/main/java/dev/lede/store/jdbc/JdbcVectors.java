package dev.lede.store.jdbc;

import dev.lede.nlp.VectorStore;
import dev.lede.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Embedding vectors in the store's SQL database: little-endian float32 blobs keyed by text hash
 * ({@link dev.lede.nlp.StoredEmbedder#key}), plus, per article, the key of the text that stands for
 * it, so an article's vector is found by id without analysing it again. Derived data: losing a row
 * costs a recomputation, never a wrong answer. Shares the store's connection and lock, so it is as
 * thread-safe as the store.
 */
public final class JdbcVectors implements VectorStore {
  // SQLite allows 999 bound parameters per statement in old builds; stay well below.
  private static final int KEYS_PER_QUERY = 200;

  private final SqlDatabase sql;

  private Connection db() throws SQLException {
    return sql.connection();
  }

  private final Object lock;
  private final String where;
  // Over a store opened read-only, vectors are computed again rather than kept (derived data).
  private final boolean keep;

  private JdbcVectors(SqlDatabase sql) {
    this.sql = sql;
    this.lock = sql.lock();
    this.where = sql.where();
    this.keep = !sql.readOnly();
  }

  public static JdbcVectors of(SqlDatabase store) {
    store.createTables(
        "embeddings tables",
        "CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY,"
            + " dim INTEGER NOT NULL, vec BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS article_embeddings (article_id TEXT PRIMARY KEY,"
            + " key TEXT NOT NULL)");
    return new JdbcVectors(store);
  }

  @Override
  public Optional<float[]> get(String key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(getAll(List.of(key)).get(key));
  }

  @Override
  public Map<String, float[]> getAll(Collection<String> keys) {
    Objects.requireNonNull(keys, "keys");
    List<String> all = new ArrayList<>(keys);
    Map<String, float[]> out = new LinkedHashMap<>();
    synchronized (lock) {
      for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
        List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
        String marks = "?,".repeat(part.size());
        try (PreparedStatement ps =
            db().prepareStatement(
                    "SELECT key, dim, vec FROM embeddings WHERE key IN ("
                        + marks.substring(0, marks.length() - 1)
                        + ")")) {
          for (int i = 0; i < part.size(); i++) {
            ps.setString(i + 1, part.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), decode(rs.getInt(2), rs.getBytes(3)));
            }
          }
        } catch (SQLException e) {
          throw new StoreException(
              "cannot read " + part.size() + " embeddings from " + where + ": " + e, e);
        }
      }
    }
    return out;
  }

  @Override
  public void put(String key, float[] vector) {
    putAll(Map.of(key, vector));
  }

  /** Stores every vector in one transaction. */
  @Override
  public void putAll(Map<String, float[]> vectors) {
    Objects.requireNonNull(vectors, "vectors");
    if (vectors.isEmpty() || !keep) {
      return;
    }
    synchronized (lock) {
      inTransaction(
          "cannot store " + vectors.size() + " embeddings",
          () -> {
            try (PreparedStatement ps =
                db().prepareStatement(
                        sql.dialect().insertOrReplace("embeddings", "key", "key, dim, vec"))) {
              for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                ps.setString(1, Objects.requireNonNull(e.getKey(), "key"));
                ps.setInt(2, e.getValue().length);
                ps.setBytes(3, encode(e.getValue()));
                ps.executeUpdate();
              }
            }
            return null;
          });
    }
  }

  /**
   * Notes that {@code key} (a text's hash, its vector stored or about to be) stands for the article
   * {@code articleId}.
   */
  public void linkArticle(String articleId, String key) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(key, "key");
    if (!keep) {
      return;
    }
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement(
                  sql.dialect()
                      .insertOrReplace("article_embeddings", "article_id", "article_id, key"))) {
        ps.setString(1, articleId);
        ps.setString(2, key);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException(
            "cannot link article " + articleId + " to its embedding in " + where + ": " + e, e);
      }
    }
  }

  /** The vector linked to an article, when it was linked and its vector stored. */
  public Optional<float[]> ofArticle(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    synchronized (lock) {
      try (PreparedStatement ps =
          db().prepareStatement(
                  "SELECT e.dim, e.vec FROM article_embeddings a JOIN embeddings e ON e.key = a.key"
                      + " WHERE a.article_id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(decode(rs.getInt(1), rs.getBytes(2))) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new StoreException(
            "cannot read the embedding of article " + articleId + " from " + where + ": " + e, e);
      }
    }
  }

  /** Number of stored vectors. */
  public int count() {
    synchronized (lock) {
      try (Statement st = db().createStatement();
          ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM embeddings")) {
        rs.next();
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new StoreException("cannot count embeddings in " + where + ": " + e, e);
      }
    }
  }

  private void inTransaction(String what, Transaction.Work<Void> work) {
    try {
      sql.inTransaction(work);
    } catch (SQLException e) {
      throw new StoreException(what + " in " + where + ": " + e, e);
    }
  }

  private static byte[] encode(float[] v) {
    ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(v);
    return buf.array();
  }

  private static float[] decode(int dim, byte[] bytes) {
    float[] v = new float[dim];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
