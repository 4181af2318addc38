package dev.lede.store;

import dev.lede.nlp.VectorStore;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Embedding vectors in the store's SQLite file: little-endian float32 blobs keyed by text hash. */
public final class SqliteVectors implements VectorStore {
  private final Connection db;
  private final Object lock;

  private SqliteVectors(Connection db, Object lock) {
    this.db = db;
    this.lock = lock;
  }

  public static SqliteVectors of(SqliteStore store) {
    try (Statement st = store.connection().createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, dim INTEGER NOT NULL,"
              + " vec BLOB NOT NULL)");
    } catch (SQLException e) {
      throw new StoreException("cannot create embeddings table in " + store.file() + ": " + e, e);
    }
    return new SqliteVectors(store.connection(), store);
  }

  @Override
  public Optional<float[]> get(String key) {
    synchronized (lock) {
      try (PreparedStatement ps =
          db.prepareStatement("SELECT dim, vec FROM embeddings WHERE key=?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          int dim = rs.getInt(1);
          ByteBuffer buf = ByteBuffer.wrap(rs.getBytes(2)).order(ByteOrder.LITTLE_ENDIAN);
          float[] v = new float[dim];
          buf.asFloatBuffer().get(v);
          return Optional.of(v);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read embedding " + key + ": " + e, e);
      }
    }
  }

  @Override
  public void put(String key, float[] vector) {
    ByteBuffer buf = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(vector);
    synchronized (lock) {
      try (PreparedStatement ps =
          db.prepareStatement("INSERT OR REPLACE INTO embeddings (key, dim, vec) VALUES (?,?,?)")) {
        ps.setString(1, key);
        ps.setInt(2, vector.length);
        ps.setBytes(3, buf.array());
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot store embedding " + key + ": " + e, e);
      }
    }
  }
}
