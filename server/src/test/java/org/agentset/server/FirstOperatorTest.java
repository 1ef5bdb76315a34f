package org.agentset.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeded CA administrator, against a real PostgreSQL with the CA's operator tables. */
class FirstOperatorTest {

  private static EmbeddedPostgres postgres;
  private static DatabaseSettings db;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    db = new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // the shape of db/src/main/resources/db/migration/ca/V2__operators.sql
      s.execute("create schema ca");
      s.execute(
          "create table ca.operator (username varchar(64) primary key, password_hash varchar(60)"
              + " not null check (password_hash ~ '^\\$2a\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$'),"
              + " enabled boolean not null default true, created_at timestamptz not null default"
              + " now())");
      s.execute(
          "create table ca.operator_role (username varchar(64) not null references ca.operator"
              + " (username) on delete cascade, role varchar(32) not null, primary key (username,"
              + " role))");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void createsOneAdministratorOnceWithABcryptHashOfThePrintedPassword() throws Exception {
    String password =
        FirstOperator.seedIfNone(db, FirstOperator.CA_ADMIN, new SecureRandom()).orElseThrow();
    assertThat(password).hasSize(20).matches("[A-Za-z0-9_-]+");
    assertThat(FirstOperator.seedIfNone(db, FirstOperator.CA_ADMIN, new SecureRandom())).isEmpty();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select o.username, o.password_hash, r.role from ca.operator o"
                    + " join ca.operator_role r using (username)")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(FirstOperator.CA_ADMIN.username());
      String hash = rs.getString(2);
      assertThat(hash).startsWith("$2a$12$").doesNotContain(password);
      assertThat(OpenBSDBCrypt.checkPassword(hash, password.toCharArray())).isTrue();
      assertThat(rs.getString(3)).isEqualTo("ca-admin");
      assertThat(rs.next()).isFalse();
    }
  }
}
