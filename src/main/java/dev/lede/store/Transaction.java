package dev.lede.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One SQLite transaction on a connection otherwise in auto-commit: all of its work, or none. */
final class Transaction {
  private Transaction() {}

  /** The statements of one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} and commits; rolls back when it throws (e.g. SQLITE_FULL), and rethrows. */
  static <T> T run(Connection db, Work<T> work) throws SQLException {
    db.setAutoCommit(false);
    try {
      T out = work.run();
      db.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }
}
