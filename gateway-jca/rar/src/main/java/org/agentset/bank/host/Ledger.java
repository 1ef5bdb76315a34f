package org.agentset.bank.host;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs each message's work in one database transaction on the {@code bank} schema: either all of
 * it (log row, hold or posting, account totals) commits, or none. A transaction that PostgreSQL
 * aborts as a deadlock victim or serialisation failure is run again, a few times; every other
 * failure rolls back and is thrown.
 */
final class Ledger {

  /** What runs inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(LedgerTx tx) throws SQLException;
  }

  private static final int ATTEMPTS = 3;
  private final DataSource dataSource;

  Ledger(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  <T> T inTransaction(Work<T> work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(new LedgerTx(c));
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (attempt >= ATTEMPTS || !isTransient(e)) {
          throw e;
        }
      }
    }
  }

  /** Deadlock victim (40P01) or serialisation failure (40001): safe to run again. */
  private static boolean isTransient(SQLException e) {
    return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
  }
}
