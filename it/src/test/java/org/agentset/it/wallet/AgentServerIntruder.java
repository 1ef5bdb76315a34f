package org.agentset.it.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agentset.ans.trust.AgentKeys;
import org.agentset.ans.trust.PaymentStartSealer;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.Mandates;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Whoever has taken the agent server over: its database (read and written here straight) and its
 * agent-key password (the integration tests' {@code AGENTSET_ANS_KEY_PASSWORD}). With them it holds
 * everything the agent server holds for an agent — its communication key (opened with the agent
 * server's own {@link AgentKeys}), its certificate chain, the signed mandate with the sealed
 * tokens, the wallet's certificate — and nothing more: no K. It signs payment starts of its
 * choosing with the agent server's own sealer and puts them into the real SAI outbox ({@code
 * ans.payment_start}), from which the real agent server sends them to the wallet over the SAI
 * channel; the wallet's answers come back through the agent server's acknowledgement endpoint into
 * the same rows.
 */
final class AgentServerIntruder {

  static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final AlgorithmSuites SUITES = new AlgorithmSuites(BC, new SecureRandom());

  /** An agent as the agent server holds it. */
  record Agent(
      String id,
      PrivateKey key,
      List<X509Certificate> chain,
      Mandate mandate,
      X509CertificateHolder wallet) {}

  /** The answer the wallet gave over the SAI channel for one payment start. */
  record Answer(String outcome, String reason) {}

  private AgentServerIntruder() {}

  /** Takes agent {@code agentId}'s key, certificates and mandate out of the agent server. */
  static Agent steal(String agentId) throws Exception {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select k.sealed_key, k.certificate_chain, m.signed_der, m.wallet_certificate"
                    + " from ans.agent_key k join ans.mandate m on m.agent_id = k.agent_id"
                    + " where k.agent_id = ?")) {
      s.setObject(1, UUID.fromString(agentId));
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("agent " + agentId + " at the agent server").isTrue();
        byte[] sealed = rs.getBytes(1);
        assertThat(sealed).as("agent " + agentId + "'s key is still there").isNotNull();
        String password = System.getenv("AGENTSET_ANS_KEY_PASSWORD");
        assertThat(password).as("the agent-key password of the IT server").isNotNull();
        PrivateKey key =
            new AgentKeys(BC, new SecureRandom(), password.toCharArray()).open(agentId, sealed);
        X509CertificateHolder wallet = new X509CertificateHolder(rs.getBytes(4));
        Mandate mandate = new Mandates(SUITES.p256()).verify(rs.getBytes(3), wallet);
        return new Agent(agentId, key, PaymentStartSealer.chain(rs.getString(2)), mandate, wallet);
      }
    }
  }

  /**
   * A payment start for slot 1 of {@code agent}'s mandate, signed by the agent at {@code clock}'s
   * time and sealed for the wallet certificate {@code to}, carrying the merchant's signed {@code
   * order} (merchant API JSON with {@code setEndpoint} and {@code setInitiation}).
   */
  static byte[] paymentStart(
      Agent agent, X509CertificateHolder to, Clock clock, jakarta.json.JsonObject order) {
    return new PaymentStartSealer(BC, SUITES, new SecureRandom(), clock)
        .seal(
            agent.key(),
            agent.chain(),
            agent.mandate(),
            1,
            order.getString("setEndpoint"),
            PaymentStartSealer.base64(order.getString("setInitiation")),
            to);
  }

  /** The first payment start the agent server queued for {@code agentId}, or null. */
  static byte[] queuedMessage(String agentId) throws Exception {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select message from ans.payment_start where agent_id = ? order by created_at"
                    + " limit 1")) {
      s.setObject(1, UUID.fromString(agentId));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    }
  }

  /**
   * Puts {@code before} into the SAI outbox of {@code carrier}'s wallet just ahead of the payment
   * start the agent server queued for {@code carrier} (so the outbox sends them first, in this
   * order, on the wallet's next connection), and {@code after} just behind it; returns the rows'
   * ids, {@code before} then {@code after}. The outbox sends a wallet's unanswered payment starts
   * of agents awaiting payment, so {@code carrier} must be one, with its own start not yet
   * answered.
   */
  static List<UUID> queueAround(String carrier, List<byte[]> before, List<byte[]> after)
      throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = db()) {
      long offer;
      String walletHash;
      Timestamp at;
      try (PreparedStatement s =
          c.prepareStatement(
              "select offer_id, wallet_cert_hash, created_at, acked_at from ans.payment_start"
                  + " where agent_id = ? order by created_at limit 1")) {
        s.setObject(1, UUID.fromString(carrier));
        try (ResultSet rs = s.executeQuery()) {
          assertThat(rs.next()).as("a payment start queued for " + carrier).isTrue();
          offer = rs.getLong(1);
          walletHash = rs.getString(2);
          at = rs.getTimestamp(3);
          assertThat(rs.getTimestamp(4))
              .as("the carrier's own payment start is still unanswered")
              .isNull();
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into ans.payment_start (id, agent_id, offer_id, wallet_cert_hash, message,"
                  + " created_at) values (?, ?, ?, ?, ?, ?)")) {
        List<byte[]> all = new ArrayList<>(before);
        all.addAll(after);
        for (int i = 0; i < all.size(); i++) {
          long shiftMillis = i < before.size() ? -(before.size() - i) : i - before.size() + 1;
          UUID id = UUID.randomUUID();
          insert.setObject(1, id);
          insert.setObject(2, UUID.fromString(carrier));
          insert.setLong(3, offerCopy(c, offer));
          insert.setString(4, walletHash);
          insert.setBytes(5, all.get(i));
          insert.setTimestamp(
              6, Timestamp.from(at.toInstant().plus(Duration.ofMillis(shiftMillis * 10))));
          insert.executeUpdate();
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * A copy of {@code offer} (passed over, so the agent server never acts on it) for one of the
   * intruder's rows: the outbox holds one live payment start per offer, a rule the agent server's
   * database keeps, so each crafted row hangs on an offer of its own.
   */
  private static long offerCopy(Connection c, long offer) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ans.offer (agent_id, item, rank, merchant, sku, item_name, quantity,"
                + " unit_price_minor, currency, delivery_days, utility, utility_price,"
                + " utility_delivery, utility_merchant, rounds, status) select o.agent_id, o.item,"
                + " (select max(x.rank) + 1 from ans.offer x where x.agent_id = o.agent_id and"
                + " x.item = o.item), o.merchant, o.sku, o.item_name, o.quantity,"
                + " o.unit_price_minor, o.currency, o.delivery_days, o.utility, o.utility_price,"
                + " o.utility_delivery, o.utility_merchant, o.rounds, 'PASSED' from ans.offer o"
                + " where o.id = ? returning id")) {
      s.setLong(1, offer);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  /** The wallet's answer to outbox row {@code id} over the SAI channel, or null before it came. */
  static Answer answer(UUID id) throws Exception {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select ack_outcome, ack_reason from ans.payment_start where id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1) == null ? null : new Answer(rs.getString(1), rs.getString(2));
      }
    }
  }

  /** A number {@code sql} counts, with {@code args} bound. */
  static long count(String sql, Object... args) throws Exception {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The first column of the first row {@code sql} selects, or null. */
  static String string(String sql, Object... args) throws Exception {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Connection db() throws Exception {
    DatabaseSettings s = TestDatabase.settings();
    return DriverManager.getConnection(s.url(), s.user(), s.password());
  }
}
