package org.agentset.wallet.agents;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SealedToken;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SetInitiations;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.WalletContents;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * One wallet with one agent whose mandate allows two hiking maps (at most 15.00 EUR each) from
 * Nordlicht Books or Herbarium Tea and one tea, 40.00 EUR in all, for a week: the material every
 * payment-start test starts from, with helpers to make (and spoil) payment starts.
 */
final class Scenario {

  static final String ENDPOINT = "http://127.0.0.1:8580/merchant/set";

  final WalletPki pki = WalletPki.shared();
  final Instant now = WalletPki.T0.plus(Duration.ofDays(1));
  final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
  final SecureRandom random = new SecureRandom();
  final CommKeys keys = pki.walletKeys();
  final WalletPki.Party agent = pki.agent("ag-1", pki.wallet);
  final WalletPki.Party merchant = pki.merchant("Nordlicht Books");
  final Delegation.Delegated delegated;
  final AgentRecord record;

  Scenario() {
    this(MandateMode.AUTONOMOUS);
  }

  Scenario(MandateMode mode) {
    try {
      delegated = new Delegation(clock, random, WalletPki.BC).mandate(draft(mode), keys);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    record =
        new AgentRecord(
            "ag-1",
            delegated.mandateIdHex(),
            Bytes.of(delegated.signedMandate()),
            now,
            AgentRecord.State.ACTIVE,
            delegated.items(),
            Optional.of(Bytes.of(encoded(agent))),
            List.of());
  }

  static MandateDraft draft(MandateMode mode) {
    return new MandateDraft(
        List.of(
            new MandateDraft.Item("hiking map", "maps", 2, 1_500),
            new MandateDraft.Item(null, "tea", 1, 1_000)),
        4_000,
        978,
        -2,
        List.of("nordlicht-books", "herbarium-tea"),
        WalletPki.T0.plus(Duration.ofDays(8)),
        mode);
  }

  WalletContents contents() {
    return WalletContents.empty().withCommunication(pki.walletCredential()).withAgent(record);
  }

  WalletContents contents(AgentRecord changed) {
    return WalletContents.empty().withCommunication(pki.walletCredential()).withAgent(changed);
  }

  PaymentStartCheck check() {
    return check(pki.trust(clock));
  }

  PaymentStartCheck check(TrustMaterial trust) {
    return new PaymentStartCheck(
        keys, trust, clock, PaymentStartCheck.DEFAULT_WINDOW, WalletPki.BC);
  }

  static CurrencyAmount eur(long cents) {
    return new CurrencyAmount(978, cents, -2);
  }

  static SetInitiation initiation(
      String merchantCode, String endpoint, Instant expires, OrderLine... lines) {
    BigInteger total = BigInteger.ZERO;
    for (OrderLine l : lines) {
      total = total.add(l.getUnitPrice().getAmount().multiply(BigInteger.valueOf(l.getQuantity())));
    }
    CurrencyAmount unit = lines[0].getUnitPrice();
    return new SetInitiation(
        merchantCode,
        endpoint,
        "NB-7KQ2M9XD4P".getBytes(StandardCharsets.US_ASCII),
        lines[0].getQuantity() + " × " + lines[0].getName(),
        new CurrencyAmount(unit.getCurrency(), total, unit.getAmtExp10()),
        "AgentCard",
        expires,
        List.of(lines));
  }

  static OrderLine maps(int quantity, long cents) {
    return new OrderLine(
        "NB-MAP-004", "Wadden Islands Hiking Map 1:50 000", "maps", quantity, eur(cents));
  }

  SetInitiation goodInitiation() {
    return initiation("nordlicht-books", ENDPOINT, now.plusSeconds(1800), maps(2, 1_300));
  }

  byte[] signedInitiation(SetInitiation i) {
    return signedInitiation(i, merchant.signer());
  }

  byte[] signedInitiation(SetInitiation i, Signer signer) {
    try {
      return new SetInitiations(WalletPki.SUITES.p256()).sign(signer, i);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  SealedToken token(int slot) {
    return delegated.mandate().slot(slot).getSealedToken();
  }

  /** A payment start for slot 1 with the good initiation. */
  byte[] start() {
    return start(1, token(1), signedInitiation(goodInitiation()), ENDPOINT, agent.signer(), clock);
  }

  byte[] start(SetInitiation initiation) {
    return start(1, token(1), signedInitiation(initiation), ENDPOINT, agent.signer(), clock);
  }

  byte[] start(
      int slot,
      SealedToken token,
      byte[] initiation,
      String endpoint,
      Signer signer,
      Clock signedAt) {
    return start(
        delegated.terms().getMandateId(), slot, token, initiation, endpoint, signer, signedAt);
  }

  byte[] start(
      byte[] mandateId,
      int slot,
      SealedToken token,
      byte[] initiation,
      String endpoint,
      Signer signer,
      Clock signedAt) {
    PaymentStart start =
        new PaymentStart(mandateId, slot, token, endpoint, ContentInfo.getInstance(initiation));
    try {
      return new PaymentStarts(WalletPki.SUITES.p256(), WalletPki.BC, random, signedAt)
          .seal(signer, start, WalletPki.holder(pki.wallet));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] encoded(WalletPki.Party p) {
    try {
      return p.certificate.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
