package org.agentset.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every party's migrations against a real PostgreSQL. */
class SchemaMigratorTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    dataSource = postgres.getPostgresDatabase();
    for (Party party : Party.values()) {
      SchemaMigrator.migrate(dataSource, party);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void everyPartyHasItsOwnSchemaAndHistory() throws SQLException {
    List<String> schemas =
        strings(
            "select schema_name from information_schema.schemata"
                + " where schema_name in ('ca','ans','merchant','gateway','bank')"
                + " order by schema_name");
    assertThat(schemas).containsExactly("ans", "bank", "ca", "gateway", "merchant");
    for (Party party : Party.values()) {
      assertThat(strings("select version from " + party.schema() + ".flyway_schema_history"))
          .contains("1");
    }
  }

  @Test
  void secondRunIsANoOp() {
    for (Party party : Party.values()) {
      assertThat(SchemaMigrator.migrate(dataSource, party)).isZero();
    }
  }

  @Test
  void demoMerchantsAreSeeded() throws SQLException {
    assertThat(strings("select code from merchant.merchant order by code"))
        .containsExactly("herbarium-tea", "nordlicht-books", "voltaic-parts");
  }

  @Test
  void auditTrailIsAppendOnly() throws SQLException {
    execute("insert into ca.audit_event (actor, action) values ('test', 'probe')");
    assertThatThrownBy(() -> execute("update ca.audit_event set action = 'changed'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("delete from ca.audit_event"))
        .hasMessageContaining("append-only");
  }

  @Test
  void bankLedgerInvariantIsEnforcedByTheDatabase() {
    assertThatThrownBy(
            () ->
                execute(
                    "insert into bank.card_account (pan_hash, pan_last4, expiry, holder_name,"
                        + " status, currency, credit_limit, holds, postings, open_to_buy)"
                        + " values ('\\x01', '1111', '1230', 'Test', 'ACTIVE', 'EUR', 1000, 100, 0,"
                        + " 1000)"))
        .hasMessageContaining("card_account_check");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
