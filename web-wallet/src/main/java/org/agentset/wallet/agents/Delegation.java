package org.agentset.wallet.agents;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.ItemSlot;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CommunicationRequests;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SaiException;
import org.agentset.set.sai.SealedTokens;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.ItemKey;
import org.bouncycastle.asn1.pkcs.CertificationRequest;

/**
 * Makes a mandate from the customer's draft (DESIGN §1): a random mandate id, the terms with the
 * wallet certificate's subject as customer, for every item a fresh random K and a token (random
 * authorisation code and slot number) sealed under K with the terms' hash as associated data, and
 * the whole signed with the wallet's communication key. Only the signed mandate (which carries the
 * sealed tokens) leaves the wallet; K stays in the {@link ItemKey}s.
 */
public final class Delegation {

  /** A mandate made and signed, with the keys that stay in the wallet. */
  public record Delegated(
      MandateTerms terms, Mandate mandate, byte[] signedMandate, List<ItemKey> items) {

    /** The mandate id as hex (how the wallet and its UI name it). */
    public String mandateIdHex() {
      return HexFormat.of().formatHex(terms.getMandateId());
    }
  }

  private final Clock clock;
  private final SecureRandom random;
  private final Provider provider;

  public Delegation(Clock clock, SecureRandom random, Provider provider) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /** Builds and signs the mandate for {@code draft} with the wallet's {@code keys}. */
  public Delegated mandate(MandateDraft draft, CommKeys keys) throws SaiException {
    byte[] id = new byte[MandateTerms.ID_LENGTH];
    random.nextBytes(id);
    List<MandateItem> items = new ArrayList<>();
    for (MandateDraft.Item item : draft.items()) {
      items.add(
          new MandateItem(
              item.query(),
              item.category(),
              item.quantity(),
              amount(draft, item.maxUnitPriceMinor())));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    MandateTerms terms =
        new MandateTerms(
            id,
            keys.certificate().getSubject(),
            items,
            amount(draft, draft.budgetMinor()),
            draft.merchants(),
            now,
            draft.notAfter().truncatedTo(ChronoUnit.SECONDS),
            draft.mode());
    byte[] hash = Mandates.termsHash(terms);
    SealedTokens tokens = new SealedTokens(random);
    List<ItemSlot> slots = new ArrayList<>();
    List<ItemKey> keysKept = new ArrayList<>();
    for (int slot = 1; slot <= items.size(); slot++) {
      byte[] k = tokens.newKey();
      var sealed = tokens.seal(k, hash, new TokenPlaintext(tokens.newAuthorisationCode(), slot));
      slots.add(new ItemSlot(slot, sealed));
      keysKept.add(
          new ItemKey(
              slot,
              java.util.Optional.of(Bytes.of(k)),
              Bytes.of(org.agentset.set.asn1.der.Der.encode(sealed))));
      java.util.Arrays.fill(k, (byte) 0);
    }
    Mandate mandate = new Mandate(terms, slots);
    byte[] signed = new Mandates(keys.suite()).sign(keys.signer(), mandate);
    return new Delegated(terms, mandate, signed, keysKept);
  }

  /**
   * The wallet's authorisation of the agent's key, for the agent server to send the CA ({@code POST
   * /ca/comm/agent}): the agent id, the end of the mandate, and the agent's PKCS#10, signed by the
   * wallet.
   *
   * @throws IllegalArgumentException if {@code pkcs10} is not a certification request
   */
  public byte[] agentCertificateRequest(
      String agentId, Instant notAfter, byte[] pkcs10, CommKeys keys) {
    CertificationRequest request;
    try {
      request = CertificationRequest.getInstance(pkcs10);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the agent server's certification request is malformed");
    }
    return new CommunicationRequests(provider)
        .customerAgent(
            new AgentCertificateRequest(agentId, notAfter, request),
            keys.x509(),
            keys.keyPair().getPrivate(),
            clock.instant());
  }

  private static CurrencyAmount amount(MandateDraft draft, long minor) {
    return new CurrencyAmount(draft.currency(), minor, draft.amtExp10());
  }
}
