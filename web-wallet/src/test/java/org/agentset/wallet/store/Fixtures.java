package org.agentset.wallet.store;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.model.SeenNonce;
import org.agentset.wallet.model.WalletContents;

/** Shared test values: cheap KDF parameters and contents with one of every kind of secret. */
final class Fixtures {

  /** Argon2id at 256 KiB and one pass: the same code path, a thousandth of the cost. */
  static final KdfParameters CHEAP = new KdfParameters(256, 1, 1);

  static final String PAN = "4111111111111111";
  static final char[] PASSWORD = "correct horse battery".toCharArray();

  private Fixtures() {}

  /** A recognisable pseudo-random byte string (seeded, so failures reproduce). */
  static byte[] secret(String label, int length) {
    byte[] b = new byte[length];
    SecureRandom seeded;
    try {
      seeded = SecureRandom.getInstance("SHA1PRNG");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    seeded.setSeed(label.getBytes(StandardCharsets.UTF_8));
    seeded.nextBytes(b);
    return b;
  }

  /** A card with a SET credential, a communication credential, an agent with K and its token. */
  static WalletContents everything(Instant now) {
    KeyCredential cardholder =
        new KeyCredential(
            Bytes.of(secret("cardholder key", 138)),
            List.of(Bytes.of(secret("cardholder cert", 600)), Bytes.of(secret("ca cert", 500))));
    KeyCredential communication =
        new KeyCredential(
            Bytes.of(secret("communication key", 138)),
            List.of(Bytes.of(secret("communication cert", 580))));
    AgentRecord agent =
        new AgentRecord(
            "agent-7",
            "mandate-7",
            Bytes.of(secret("signed mandate", 900)),
            now,
            AgentRecord.State.ACTIVE,
            List.of(
                new ItemKey(
                    0, Optional.of(Bytes.of(secret("K0", 32))), Bytes.of(secret("token0", 60))),
                new ItemKey(1, Optional.empty(), Bytes.of(secret("token1", 60)))),
            Optional.of(Bytes.of(secret("agent cert", 400))),
            List.of(
                new AgentPayment(
                    "pay-1", 1, "nordlicht-books", 2_600, now, AgentPayment.State.PAID, "")));
    return WalletContents.empty()
        .withCard(
            new Card("c1", PAN, YearMonth.of(2030, 7), "Ada Lovelace", Optional.of(cardholder)))
        .withCard(
            new Card(
                "c2", "5555555555554444", YearMonth.of(2029, 1), "Ada Lovelace", Optional.empty()))
        .withHistory(new HistoryEntry(now, HistoryEntry.Kind.CARD, "Card ending 1111 added"))
        .withCommunication(communication)
        .withAgent(agent)
        .withSeenNonce(new SeenNonce(Bytes.of(secret("nonce", 16)), now.plusSeconds(600)), now)
        .withPurchase(
            new Purchase(
                "pay-1",
                now,
                "nordlicht-books",
                "2 × Wadden Islands Hiking Map",
                2_600,
                978,
                -2,
                "NB-7KQ2M9XD4P",
                Optional.of("00ff"),
                Purchase.Outcome.AUTHORISED,
                "Authorised",
                "1111",
                Optional.of("agent-7"),
                Optional.of(Bytes.of(secret("receipt", 300)))));
  }
}
