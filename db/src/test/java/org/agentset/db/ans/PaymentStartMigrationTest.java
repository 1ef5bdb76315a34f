package org.agentset.db.ans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ans schema's SAI outbox on a real PostgreSQL: one live payment start per ordered offer. */
class PaymentStartMigrationTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    dataSource = postgres.getPostgresDatabase();
    SchemaMigrator.migrate(dataSource, Party.ANS);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void aSecondLiveStartForAnOfferIsRefusedAndAVoidedOneMakesRoom() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      UUID agent = UUID.randomUUID();
      s.execute(
          "insert into ans.agent (id, customer, mandate_id, state) values ('"
              + agent
              + "', 'CN=wallet', 'm-1', 'AWAITING_PAYMENT')");
      s.execute(
          "insert into ans.offer (agent_id, item, rank, merchant, sku, item_name, quantity,"
              + " unit_price_minor, currency, delivery_days, utility, utility_price,"
              + " utility_delivery, utility_merchant, rounds, status) values ('"
              + agent
              + "', 0, 0, 'nordlicht-books', 'NB-MAP-002', 'Map', 1, 990, 'EUR', 1, 1, 1, 1, 1,"
              + " 1, 'ORDERED')");
      long offer = count(c, "select id from ans.offer");
      UUID first = queue(c, agent, offer);
      // step I and the sweeper's retry crossing: the second insert finds the first
      assertThat(queueUnlessLive(c, agent, offer)).isZero();
      assertThatThrownBy(() -> queue(c, agent, offer))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("payment_start_live_per_offer");
      // the order lapsed: its start is void, and the new order's start may be queued
      s.execute("update ans.payment_start set ack_outcome = 'VOID' where id = '" + first + "'");
      assertThat(queueUnlessLive(c, agent, offer)).isEqualTo(1);
      assertThat(count(c, "select count(*) from ans.payment_start")).isEqualTo(2);
    }
  }

  private static UUID queue(Connection c, UUID agent, long offer) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into ans.payment_start (id, agent_id, offer_id, wallet_cert_hash, message,"
                + " created_at) values (?, ?, ?, 'w', '\\x00', now())")) {
      p.setObject(1, id);
      p.setObject(2, agent);
      p.setLong(3, offer);
      p.executeUpdate();
    }
    return id;
  }

  /** As the agent server queues: nothing when the offer has a live start. */
  private static int queueUnlessLive(Connection c, UUID agent, long offer) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into ans.payment_start (id, agent_id, offer_id, wallet_cert_hash, message,"
                + " created_at) values (?, ?, ?, 'w', '\\x00', now()) on conflict (offer_id) where"
                + " ack_outcome is null or ack_outcome <> 'VOID' do nothing")) {
      p.setObject(1, UUID.randomUUID());
      p.setObject(2, agent);
      p.setLong(3, offer);
      return p.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
