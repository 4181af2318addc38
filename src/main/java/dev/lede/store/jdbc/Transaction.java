package dev.lede.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** One SQL transaction on a connection otherwise in auto-commit: all of its work, or none. */
public final class Transaction {
  private Transaction() {}

  /** The statements of one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} and commits; rolls back when it throws, and rethrows that first exception.
   * When a commit fails for lack of space (SQLITE_FULL) SQLite has rolled back already, so the
   * rollback and the return to auto-commit fail too: they are added to it as suppressed, never
   * thrown instead of it.
   */
  public static <T> T run(Connection db, Work<T> work) throws SQLException {
    db.setAutoCommit(false);
    T out;
    try {
      out = work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      try {
        db.setAutoCommit(true);
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
    db.setAutoCommit(true);
    return out;
  }
}
