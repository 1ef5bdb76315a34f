package org.agentset.set.msg;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.cert.PanSecret;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.SharedKey;

/**
 * The four parties of one suite's purchase on the stored {@link FlowPki}, each with its own suite
 * object, randomness, clock, trust and replay store, as separate deployments would have them.
 * Seeded randomness makes a run repeat byte for byte; {@link Builder} swaps in what a negative test
 * needs (another cardholder certificate or card, revoked CRLs, a later clock).
 */
final class Parties {

  static final Duration MAX_AGE = Duration.ofMinutes(15);
  static final Duration MAX_SKEW = Duration.ofMinutes(5);
  static final Duration PI_MAX_AGE = Duration.ofDays(7);
  static final Duration CAPTURE_WINDOW = Duration.ofDays(30);
  static final SharedKey TOKEN_KEY =
      new SharedKey(
          "gateway-token-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          HexFormat.of()
              .parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
  static final Clock CLOCK = Clock.fixed(FlowPki.NOW, ZoneOffset.UTC);

  final FlowPki pki;
  final CardholderPurchase cardholder;
  final MerchantPurchase merchant;
  final MerchantAuthorisation merchantPayments;
  final GatewayAuthorisation gateway;
  final GatewayCapture capture;
  final PartyContext merchantContext;
  final PartyContext cardholderContext;

  private Parties(Builder b) {
    this.pki = FlowPki.load(b.suite);
    PartyContext c = b.context("cardholder", b.cardholderClock, pki.revocation());
    this.merchantContext = b.context("merchant", b.merchantClock, b.merchantRevocation(pki));
    PartyContext g = b.context("gateway", b.gatewayClock, b.gatewayRevocation(pki));
    this.cardholderContext = c;
    this.cardholder = new CardholderPurchase(c, pki.credential(b.cardholderRole), b.card);
    this.merchant =
        new MerchantPurchase(
            merchantContext, pki.credential("merchant-sig"), pki.path(b.gatewayKx));
    this.merchantPayments =
        new MerchantAuthorisation(
            merchantContext,
            pki.credential("merchant-sig"),
            pki.credential("merchant-kx"),
            pki.cert("gateway-kx"));
    this.gateway =
        new GatewayAuthorisation(
            g,
            pki.credential("gateway-sig"),
            pki.credential("gateway-kx"),
            List.of(TOKEN_KEY),
            b.policy);
    this.capture =
        new GatewayCapture(
            g,
            pki.credential("gateway-sig"),
            pki.credential("gateway-kx"),
            List.of(TOKEN_KEY),
            b.captureWindow);
  }

  static Parties of(String suite) {
    return builder(suite).build();
  }

  static Builder builder(String suite) {
    return new Builder(suite);
  }

  /** The card the stored cardholder certificate was issued for. */
  static CardAccount card() {
    return new CardAccount(
        FlowPki.PAN,
        FlowPki.EXPIRY,
        FlowPki.CARD_SECRET,
        PanSecret.derive(FlowPki.CARD_SECRET, FlowPki.CA_NONCE));
  }

  /** EUR 42.50 for a book. */
  static PurchaseOrder order() {
    return order("1 x 'Secure Electronic Transaction', paperback", 4250);
  }

  static PurchaseOrder order(String description, long cents) {
    return new PurchaseOrder(
        description.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new CurrencyAmount(978, cents, -2),
        "AgentCard",
        "ORDER-7".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "en");
  }

  static final class Builder {
    final String suite;
    String seed;
    String cardholderRole = "cardholder";
    String gatewayKx = "gateway-kx";
    CardAccount card = Parties.card();
    Clock cardholderClock = CLOCK;
    Clock merchantClock = CLOCK;
    Clock gatewayClock = CLOCK;
    Function<FlowPki, RevocationData> merchantRevocation = FlowPki::revocation;
    Function<FlowPki, RevocationData> gatewayRevocation = FlowPki::revocation;
    Duration cacheFor = Duration.ofMinutes(5);
    Duration captureWindow = CAPTURE_WINDOW;
    boolean remember = true;
    GatewayAuthorisation.Policy policy = GatewayAuthorisation.Policy.signedOnly(PI_MAX_AGE);

    Builder(String suite) {
      this.suite = suite;
    }

    /** Seeded randomness for every party: the run repeats byte for byte. */
    Builder seed(String seed) {
      this.seed = seed;
      return this;
    }

    /** How long parties trust a validated certificate without revalidating (ZERO: never). */
    Builder cacheFor(Duration d) {
      this.cacheFor = d;
      return this;
    }

    /**
     * Parties that accept every identifier again: for benchmarks, which replay one message many
     * times; the store is the caller's database in production.
     */
    Builder forgetful() {
      this.remember = false;
      return this;
    }

    /** The gateway's authorisation policy (unsigned PIs, AuthToken window). */
    Builder gatewayPolicy(GatewayAuthorisation.Policy policy) {
      this.policy = policy;
      return this;
    }

    Builder captureWindow(Duration d) {
      this.captureWindow = d;
      return this;
    }

    Builder cardholderRole(String role) {
      this.cardholderRole = role;
      return this;
    }

    Builder card(CardAccount card) {
      this.card = card;
      return this;
    }

    Builder merchantClock(Clock clock) {
      this.merchantClock = clock;
      return this;
    }

    Builder gatewayClock(Clock clock) {
      this.gatewayClock = clock;
      return this;
    }

    Builder merchantRevocation(Function<FlowPki, RevocationData> r) {
      this.merchantRevocation = r;
      return this;
    }

    Builder gatewayRevocation(Function<FlowPki, RevocationData> r) {
      this.gatewayRevocation = r;
      return this;
    }

    Parties build() {
      return new Parties(this);
    }

    RevocationData merchantRevocation(FlowPki pki) {
      return merchantRevocation.apply(pki);
    }

    RevocationData gatewayRevocation(FlowPki pki) {
      return gatewayRevocation.apply(pki);
    }

    PartyContext context(String party, Clock clock, RevocationData revocation) {
      SecureRandom random = random(party + "/nonces");
      FlowPki pki = FlowPki.load(suite);
      return new PartyContext(
          suite(random(party + "/suite")),
          random,
          new Freshness(clock, MAX_AGE, MAX_SKEW),
          new CertificateTrust(
              FlowPki.BC,
              new SetPathValidator(FlowPki.BC, clock, List.of(pki.cert("root"))),
              () -> revocation,
              pki.knownCas(),
              cacheFor,
              clock),
          remember ? new InMemoryReplayStore(clock) : (kind, id, until) -> true,
          "AgentSET-test/1.0 (" + party + ")");
    }

    private org.agentset.set.crypto.AlgorithmSuite suite(SecureRandom random) {
      try {
        return new AlgorithmSuites(FlowPki.BC, random).forName(suite);
      } catch (org.agentset.set.crypto.SetCryptoException e) {
        throw new IllegalArgumentException(suite, e);
      }
    }

    private SecureRandom random(String stream) {
      return seed == null ? new SecureRandom() : new DeterministicRandom(seed + "/" + stream);
    }
  }
}
