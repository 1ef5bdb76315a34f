package org.agentset.bank.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The demonstration cards the embedded issuer knows, documented in the README. They are inserted
 * when the host starts (and kept if present), because the stored PAN hash depends on the host's PAN
 * key, which a migration script cannot know. All numbers pass the Luhn check; none is a real card.
 */
public final class DemoCards {

  /** One demo card: what it is for is in the README's table. */
  public record Card(
      String pan, String holder, String status, String expiry, String currency, long limit) {}

  /**
   * The demonstration key of the card-number hashes (hex), used unless the configuration names
   * another: public, so it protects nothing — set your own for anything but a demo.
   */
  public static final String DEMO_PAN_KEY_HEX =
      "6167656e747365742d64656d6f2d70616e2d6b65792d6368616e67652d6d6521";

  /**
   * The demonstration key that seals CardSecrets on their way from the cardholder CA to the issuer
   * (hex, 32 bytes), used unless the configuration names another: public, so it protects nothing —
   * set your own for anything but a demo.
   */
  public static final String DEMO_CARD_SECRET_KEY_HEX =
      "6167656e747365742d64656d6f2d636172642d7365637265742d6b65792d2121";

  /** Every demo card (limits in minor units). */
  public static final List<Card> ALL =
      List.of(
          new Card("4111111111111111", "Ada Lovelace", "ACTIVE", "3512", "EUR", 1_000_000),
          new Card("5555555555554444", "Alan Turing", "ACTIVE", "3512", "EUR", 250_000),
          new Card("4000000000000002", "Grace Hopper", "ACTIVE", "3512", "EUR", 5_000),
          new Card("4000000000000010", "Blocked Account", "BLOCKED", "3512", "EUR", 100_000),
          new Card("4000000000000028", "Stolen Card", "STOLEN", "3512", "EUR", 100_000),
          new Card("4000000000000036", "Expired Card", "EXPIRED", "2501", "EUR", 100_000),
          new Card("5200000000000007", "Edsger Dijkstra", "ACTIVE", "3512", "EUR", 100_000),
          new Card("5200000000000015", "Barbara Liskov", "ACTIVE", "3512", "EUR", 100_000),
          new Card("5200000000000023", "Donald Knuth", "ACTIVE", "3512", "EUR", 100_000));

  private DemoCards() {}

  /** Inserts the demo cards that are not there yet; returns how many were inserted. */
  public static int seed(DataSource bank, PanHasher hasher) throws SQLException {
    int inserted = 0;
    try (Connection c = bank.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into bank.card_account (pan_hash, pan_last4, expiry, holder_name, status,"
                    + " currency, credit_limit, open_to_buy) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (pan_hash) do nothing")) {
      for (Card card : ALL) {
        s.setBytes(1, hasher.hash(card.pan()));
        s.setString(2, card.pan().substring(card.pan().length() - 4));
        s.setString(3, card.expiry());
        s.setString(4, card.holder());
        s.setString(5, card.status());
        s.setString(6, card.currency());
        s.setLong(7, card.limit());
        s.setLong(8, card.limit());
        inserted += s.executeUpdate();
      }
    }
    return inserted;
  }
}
