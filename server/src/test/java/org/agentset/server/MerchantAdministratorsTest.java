package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeded back-office administrators, against a real PostgreSQL with the merchant tables. */
class MerchantAdministratorsTest {

  private static EmbeddedPostgres postgres;
  private static DatabaseSettings db;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    db = new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // the shape of db/src/main/resources/db/migration/merchant/V1 and V2
      s.execute("create schema merchant");
      s.execute(
          "create table merchant.merchant (id bigserial primary key, code varchar(32) unique)");
      s.execute(
          "insert into merchant.merchant (code) values ('herbarium-tea'), ('nordlicht-books')");
      s.execute(
          "create table merchant.operator (username varchar(64) primary key, merchant_id bigint not"
              + " null references merchant.merchant (id), password_hash varchar(60) not null,"
              + " enabled boolean not null default true)");
      s.execute(
          "create table merchant.operator_role (username varchar(64) not null references"
              + " merchant.operator (username) on delete cascade, role varchar(32) not null,"
              + " primary key (username, role))");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void eachMerchantGetsOneAdministratorOnce() throws Exception {
    List<MerchantAdministrators.Created> first =
        MerchantAdministrators.seedIfNone(db, new SecureRandom());
    assertThat(first)
        .extracting(MerchantAdministrators.Created::username)
        .containsExactly("herbarium-tea.admin", "nordlicht-books.admin");
    assertThat(MerchantAdministrators.seedIfNone(db, new SecureRandom())).isEmpty();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select o.password_hash from merchant.operator o join merchant.operator_role r"
                    + " using (username) where o.username = 'nordlicht-books.admin'"
                    + " and r.role = 'merchant-admin'")) {
      assertThat(rs.next()).isTrue();
      assertThat(
              OpenBSDBCrypt.checkPassword(rs.getString(1), first.get(1).password().toCharArray()))
          .isTrue();
    }
  }
}
