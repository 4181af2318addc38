package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A title and a category per source, as OPML files carry them (table {@code source_labels} in the
 * store's SQL database), so an export gives back what an import brought in.
 */
public final class JdbcSourceLabels implements dev.lede.store.SourceLabels {

  private final SqlDatabase store;

  private JdbcSourceLabels(SqlDatabase store) {
    this.store = store;
  }

  public static JdbcSourceLabels of(SqlDatabase store) {
    store.createTablesIfWritable(
        "CREATE TABLE IF NOT EXISTS source_labels (ref TEXT PRIMARY KEY, title TEXT,"
            + " category TEXT)");
    return new JdbcSourceLabels(store);
  }

  @Override
  public void put(String ref, dev.lede.store.SourceLabels.Label label) {
    synchronized (store.lock()) {
      try (PreparedStatement ps =
          store
              .connection()
              .prepareStatement(
                  store
                      .dialect()
                      .insertOrReplace("source_labels", "ref", "ref, title, category"))) {
        ps.setString(1, ref);
        ps.setString(2, label.title().orElse(null));
        ps.setString(3, label.category().orElse(null));
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot label source " + ref + ": " + e, e);
      }
    }
  }

  @Override
  public void remove(String ref) {
    synchronized (store.lock()) {
      try (PreparedStatement ps =
          store.connection().prepareStatement("DELETE FROM source_labels WHERE ref=?")) {
        ps.setString(1, ref);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot remove the label of " + ref + ": " + e, e);
      }
    }
  }

  /** Every label, by ref. */
  @Override
  public Map<String, dev.lede.store.SourceLabels.Label> all() {
    Map<String, dev.lede.store.SourceLabels.Label> out = new HashMap<>();
    synchronized (store.lock()) {
      try (Statement st = store.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT ref, title, category FROM source_labels")) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              new dev.lede.store.SourceLabels.Label(
                  Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3))));
        }
      } catch (SQLException e) {
        if (store.dialect().missingTable(e)) {
          return out;
        }
        throw new StoreException("cannot read source labels from " + store.where() + ": " + e, e);
      }
    }
    return out;
  }
}
