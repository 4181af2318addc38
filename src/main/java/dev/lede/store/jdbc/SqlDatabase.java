package dev.lede.store.jdbc;

import dev.lede.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A SQL database the stores of one newsroom share (articles, stories, written versions, vectors,
 * links, poll state): one connection at a time under one monitor, so one transaction at a time
 * across all of them, and the {@link Dialect} their statements are written in.
 */
public interface SqlDatabase {
  /**
   * The connection to use now. A store that reconnects after losing its server may hand out a new
   * one, so callers ask for it per operation rather than keep it.
   */
  Connection connection() throws SQLException;

  /** The monitor every use of {@link #connection()} holds. */
  Object lock();

  /** The SQL the statements are written in. */
  Dialect dialect();

  /** Where the database is, for messages (a file, or a URL without its password). */
  String where();

  /** Whether nothing may be written (a read-only data folder). */
  boolean readOnly();

  /**
   * Runs {@code work} in one transaction on {@link #connection()} (all of it, or none) and returns
   * what it returned; the caller holds {@link #lock()}. A store that tells other processes about
   * its commits ({@code dataVersion()}) counts this one.
   */
  <T> T inTransaction(Transaction.Work<T> work) throws SQLException;

  /**
   * Creates the tables and indexes {@code ddl} declares where they are missing; each statement is
   * written in SQLite's words and {@link Dialect#ddl} turns it into this database's.
   *
   * @throws StoreException naming {@code what} and {@link #where()} when one cannot be created
   */
  default void createTables(String what, String... ddl) {
    try {
      execute(ddl);
    } catch (SQLException e) {
      throw new StoreException("cannot create " + what + " in " + where() + ": " + e, e);
    }
  }

  /**
   * {@link #createTables}, for tables a store may only read: on a SQLite store opened read-only the
   * statements fail, and its reads find the tables a writer made, or nothing. PostgreSQL is always
   * opened to write, so there a failure is a real one and is thrown.
   *
   * @throws StoreException naming {@link #where()} when a PostgreSQL table cannot be created
   */
  default void createTablesIfWritable(String... ddl) {
    try {
      execute(ddl);
    } catch (SQLException e) {
      if (dialect() != Dialect.SQLITE) {
        throw new StoreException("cannot create tables in " + where() + ": " + e, e);
      }
      // SQLite read-only: the reads find the tables a writer made, or nothing
    }
  }

  /**
   * Runs each statement under {@link Dialect#lockSchema}, inside the caller's transaction or else
   * in one of its own: one per statement, because a transaction over several would hold each {@code
   * CREATE INDEX}'s lock on its table while waiting for the next table, a deadlock with a writer
   * that uses both tables the other way round.
   */
  private void execute(String... ddl) throws SQLException {
    synchronized (lock()) {
      Connection db = connection();
      for (String statement : ddl) {
        Transaction.Work<Void> create =
            () -> {
              dialect().lockSchema(db);
              try (Statement st = db.createStatement()) {
                st.execute(dialect().ddl(statement));
              }
              return null;
            };
        if (dialect() == Dialect.SQLITE || !db.getAutoCommit()) {
          create.run();
        } else {
          Transaction.run(db, create);
        }
      }
    }
  }
}
