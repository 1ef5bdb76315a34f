package org.agentset.bank.host;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;

/**
 * A real PostgreSQL for the unit tests, started once per test JVM, with the {@code bank} and {@code
 * gateway} schemas migrated by the production migrations. {@link #reset()} empties the ledger and
 * the reversal journal and restores every account's open-to-buy.
 */
public final class BankDatabase {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  private BankDatabase() {}

  /** The demo PAN key, the one the adapter uses unless configured otherwise. */
  public static byte[] demoPanKey() {
    return java.util.HexFormat.of().parseHex(DemoCards.DEMO_PAN_KEY_HEX);
  }

  /** The demo card-secret key, the one the adapter uses unless configured otherwise. */
  public static byte[] demoCardSecretKey() {
    return java.util.HexFormat.of().parseHex(DemoCards.DEMO_CARD_SECRET_KEY_HEX);
  }

  public static synchronized DataSource dataSource() {
    if (dataSource == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      dataSource = pooled(postgres.getPostgresDatabase(), 20);
      SchemaMigrator.migrate(dataSource, Party.BANK);
      SchemaMigrator.migrate(dataSource, Party.GATEWAY);
      Runtime.getRuntime().addShutdownHook(new Thread(BankDatabase::stop));
    }
    return dataSource;
  }

  /**
   * {@code raw} behind a connection pool of {@code size}, as WildFly's datasource is: without it
   * every ledger transaction would start a PostgreSQL backend process.
   */
  public static DataSource pooled(DataSource raw, int size) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(raw);
    config.setMaximumPoolSize(size);
    config.setPoolName("bank-test");
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going away
    }
  }

  /**
   * Empties holds, postings, the message log, the CardSecrets and the journal; accounts back to
   * their limits.
   */
  public static void reset() throws SQLException {
    execute(
        "delete from bank.early_reversal",
        "delete from bank.message_log",
        "delete from bank.card_secret",
        "delete from bank.posting",
        "delete from bank.hold",
        "update bank.card_account set holds = 0, postings = 0, open_to_buy = credit_limit",
        "delete from gateway.pending_reversal");
  }

  public static void execute(String... statements) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The first column of the first row of {@code sql}, as a long (0 when no row). */
  public static long number(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /**
   * Every row of every table in the {@code bank} and {@code gateway} schemas whose text contains
   * {@code text}, as "schema.table".
   */
  public static List<String> rowsContaining(String text) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('bank', 'gateway') and table_type = 'BASE TABLE'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    List<String> hits = new ArrayList<>();
    for (String table : tables) {
      if (number("select count(*) from " + table + " t where t::text like '%" + text + "%'") > 0) {
        hits.add(table);
      }
    }
    return hits;
  }

  /** The open-to-buy of the demo card ending in {@code lastFour}. */
  public static long openToBuy(String lastFour) throws SQLException {
    return number("select open_to_buy from bank.card_account where pan_last4 = '" + lastFour + "'");
  }

  /** The amount held by the card ending in {@code lastFour}. */
  public static long holds(String lastFour) throws SQLException {
    return number("select holds from bank.card_account where pan_last4 = '" + lastFour + "'");
  }

  /**
   * Every broken ledger rule, as text; empty when the ledger is sound. The rules: each account's
   * holds are the sum of its active holds, its postings the sum of its postings, open-to-buy is
   * limit − holds − postings, nothing is negative, and no refund exceeds its capture.
   */
  public static List<String> ledgerViolations() throws SQLException {
    List<String> violations = new ArrayList<>();
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select a.pan_last4, a.credit_limit, a.holds, a.postings, a.open_to_buy,"
                  + " coalesce((select sum(h.amount) from bank.hold h where h.account_id = a.id and"
                  + " h.state = 'ACTIVE'), 0), coalesce((select sum(p.amount) from bank.posting p"
                  + " where p.account_id = a.id), 0) from bank.card_account a")) {
        while (rs.next()) {
          String card = rs.getString(1);
          long limit = rs.getLong(2);
          long holds = rs.getLong(3);
          long postings = rs.getLong(4);
          long openToBuy = rs.getLong(5);
          if (holds != rs.getLong(6)) {
            violations.add(card + ": holds " + holds + " but active holds sum to " + rs.getLong(6));
          }
          if (postings != rs.getLong(7)) {
            violations.add(
                card + ": postings " + postings + " but postings sum to " + rs.getLong(7));
          }
          if (openToBuy != limit - holds - postings || holds < 0 || postings < 0) {
            violations.add(
                card
                    + ": open-to-buy "
                    + openToBuy
                    + " with limit "
                    + limit
                    + ", holds "
                    + holds
                    + ", postings "
                    + postings);
          }
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select p.id from bank.posting p where p.kind = 'CAPTURE' and p.amount +"
                  + " coalesce((select sum(r.amount) from bank.posting r where r.refunded_posting ="
                  + " p.id), 0) < 0")) {
        while (rs.next()) {
          violations.add("capture posting " + rs.getLong(1) + " refunded beyond its amount");
        }
      }
    }
    return violations;
  }
}
