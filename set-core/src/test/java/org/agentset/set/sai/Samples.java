package org.agentset.set.sai;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.bouncycastle.asn1.x500.X500Name;

/** Fixed values of every agent-interface type, for golden vectors and round trips. */
final class Samples {

  static final byte[] MANDATE_ID = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
  static final byte[] LID_M = "ORD-2026-000042".getBytes(StandardCharsets.US_ASCII);
  static final byte[] K1 = bytes(32, 0x10);
  static final byte[] K2 = bytes(32, 0x20);
  static final byte[] CODE1 = bytes(32, 0x40);
  static final byte[] CODE2 = bytes(32, 0x60);

  private Samples() {}

  static CurrencyAmount eur(long cents) {
    return new CurrencyAmount(978, cents, -2);
  }

  static SetInitiation initiation(Instant expires) {
    return initiation("nordlicht-books", expires);
  }

  static SetInitiation initiation(String merchant, Instant expires) {
    return new SetInitiation(
        merchant,
        "http://127.0.0.1:8080/merchant/set",
        LID_M,
        "2 x Gödel, Escher, Bach (paperback)\nDelivery in 3 days",
        eur(5_980),
        "AgentCard",
        expires,
        List.of(new OrderLine("GEB-PB", "Gödel, Escher, Bach", "books", 2, eur(2_990))));
  }

  static MandateTerms terms(X500Name customer, MandateMode mode) {
    return new MandateTerms(
        MANDATE_ID,
        customer,
        List.of(
            new MandateItem("Gödel Escher Bach", "books", 2, eur(3_500)),
            new MandateItem(null, "tea", 1, eur(1_500))),
        eur(10_000),
        List.of("nordlicht-books", "herbarium-tea"),
        SaiPki.T0,
        SaiPki.T0.plus(Duration.ofDays(30)),
        mode);
  }

  /** A mandate whose tokens are sealed under {@link #K1} and {@link #K2}. */
  static Mandate mandate(MandateTerms terms, SecureRandom random) {
    SealedTokens tokens = new SealedTokens(random);
    byte[] hash = Mandates.termsHash(terms);
    SealedToken t1 = tokens.seal(K1, hash, new TokenPlaintext(CODE1, 1));
    SealedToken t2 = tokens.seal(K2, hash, new TokenPlaintext(CODE2, 2));
    return new Mandate(terms, List.of(new ItemSlot(1, t1), new ItemSlot(2, t2)));
  }

  static byte[] bytes(int n, int start) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (start + i);
    }
    return b;
  }

  /** Test-only randomness repeating from run to run: a counter, so golden vectors are stable. */
  static SecureRandom fixedRandom() {
    return new SecureRandom(
        new SecureRandomSpi() {
          private static final long serialVersionUID = 1L;
          private int counter;

          @Override
          protected void engineSetSeed(byte[] seed) {}

          @Override
          protected void engineNextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
              bytes[i] = (byte) (0xA0 + counter++);
            }
          }

          @Override
          protected byte[] engineGenerateSeed(int n) {
            return new byte[n];
          }
        },
        null) {
      private static final long serialVersionUID = 1L;
    };
  }
}
