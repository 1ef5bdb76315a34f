package org.agentset.wallet.agents;

import static org.agentset.wallet.agents.Refusal.Reason.AGENT_CERTIFICATE;
import static org.agentset.wallet.agents.Refusal.Reason.AGENT_REVOKED;
import static org.agentset.wallet.agents.Refusal.Reason.BAD_SIGNATURE;
import static org.agentset.wallet.agents.Refusal.Reason.CURRENCY;
import static org.agentset.wallet.agents.Refusal.Reason.INITIATION_EXPIRED;
import static org.agentset.wallet.agents.Refusal.Reason.INITIATION_INVALID;
import static org.agentset.wallet.agents.Refusal.Reason.ITEM_MISMATCH;
import static org.agentset.wallet.agents.Refusal.Reason.KEY_DESTROYED;
import static org.agentset.wallet.agents.Refusal.Reason.MERCHANT_NOT_ALLOWED;
import static org.agentset.wallet.agents.Refusal.Reason.OUTSIDE_MANDATE_TIME;
import static org.agentset.wallet.agents.Refusal.Reason.OVER_BUDGET;
import static org.agentset.wallet.agents.Refusal.Reason.QUANTITY_TOO_HIGH;
import static org.agentset.wallet.agents.Refusal.Reason.REPLAYED;
import static org.agentset.wallet.agents.Refusal.Reason.STALE;
import static org.agentset.wallet.agents.Refusal.Reason.TOKEN_INVALID;
import static org.agentset.wallet.agents.Refusal.Reason.UNIT_PRICE_TOO_HIGH;
import static org.agentset.wallet.agents.Refusal.Reason.UNKNOWN_AGENT;
import static org.agentset.wallet.agents.Refusal.Reason.UNREADABLE;
import static org.agentset.wallet.agents.Refusal.Reason.WRONG_MANDATE;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.OrderLine;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetPathValidationException;
import org.agentset.set.cert.ValidatedPath;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiException;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SealedTokens;
import org.agentset.set.sai.SetInitiations;
import org.agentset.set.sai.VerifiedPaymentStart;
import org.agentset.wallet.agents.Refusal.RefusedException;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.ItemKey;
import org.agentset.wallet.model.WalletContents;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Decides whether a payment start may be paid (issue 8, "The SET Agent Interface"): in order, the
 * envelope opens with the wallet's communication key; the signer's certificate chains to the CA, is
 * a customer-agent certificate and is not revoked; it is the certificate of an agent this wallet
 * created; the signature verifies; the signing time is within the window and the nonce unseen; the
 * customer has not revoked the agent; the mandate and slot are the agent's, the slot's K still
 * exists and opens the sealed token under the mandate's terms; the merchant's SET initiation is
 * validly signed, unexpired and names the same SET endpoint; and the order fits the mandate — its
 * time, merchant, currency, item, quantity, unit price and the budget left. The first check that
 * fails is the refusal; nothing is changed here (the caller records the nonce and the payment in
 * one write when it accepts).
 *
 * <p>What "fits the item" means: if the mandate item names a category, every order line must be in
 * it; if it names a query, at least one of its words (three letters or more) must occur in each
 * line's name; the lines' quantities together must not exceed the item's quantity.
 */
public final class PaymentStartCheck {

  /** How old (or how far ahead) a payment start's signed time may be. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

  private final CommKeys wallet;
  private final TrustMaterial trust;
  private final Clock clock;
  private final Duration window;
  private final Provider provider;

  public PaymentStartCheck(
      CommKeys wallet, TrustMaterial trust, Clock clock, Duration window, Provider provider) {
    this.wallet = Objects.requireNonNull(wallet, "wallet");
    this.trust = Objects.requireNonNull(trust, "trust");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /** Until when a nonce accepted with {@code signingTime} must be remembered. */
  public Instant keepNonceUntil(Instant signingTime) {
    return signingTime.plus(window).plus(window);
  }

  /**
   * Checks {@code envelope} against the wallet's {@code contents}.
   *
   * @throws RefusedException with the first refusal
   */
  public Accepted check(byte[] envelope, WalletContents contents) throws RefusedException {
    Instant now = clock.instant();
    PaymentStarts starts = new PaymentStarts(wallet.suite(), provider, new SecureRandom(), clock);
    SaiSignedContent signed;
    List<X509Certificate> path;
    try {
      signed = starts.open(envelope, wallet.keyPair().getPrivate(), wallet.certificate());
      path = signed.signerPath(provider);
    } catch (SaiException e) {
      throw refuse(UNREADABLE, "The payment start could not be opened: " + e.getMessage() + ".");
    }
    X509Certificate agentCert = path.get(0);
    validate(path, CertificateProfile.CUSTOMER_AGENT, AGENT_CERTIFICATE, "agent's");
    checkCommunicationCrl(path, now);
    X509CertificateHolder agentHolder = signed.signerCertificate().orElseThrow();
    AgentRecord agent = agentOf(agentCert, contents);

    VerifiedPaymentStart verified;
    try {
      verified = starts.verify(signed, agentHolder);
    } catch (SaiException e) {
      throw refuse(BAD_SIGNATURE, "The agent's signature does not verify: " + e.getMessage() + ".");
    }
    Instant signedAt = verified.signingTime();
    if (signedAt.isBefore(now.minus(window)) || signedAt.isAfter(now.plus(window))) {
      throw refuse(
          STALE,
          "The payment start was signed at "
              + signedAt
              + "; the wallet accepts those signed within "
              + window.toMinutes()
              + " minutes of its clock ("
              + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              + ").");
    }
    if (contents.hasSeen(verified.nonce())) {
      throw refuse(REPLAYED, "This payment start (its nonce) was received before: a replay.");
    }
    if (agent.state() == AgentRecord.State.REVOKED) {
      throw refuse(AGENT_REVOKED, "You revoked agent " + agent.agentId() + "; it cannot pay.");
    }
    PaymentStart start = verified.content();
    Mandate mandate = mandateOf(agent);
    MandateTerms terms = mandate.getTerms();
    if (!Arrays.equals(start.getMandateId(), terms.getMandateId())) {
      throw refuse(WRONG_MANDATE, "The payment start names a mandate this agent does not hold.");
    }
    int slot = start.getSlot();
    MandateItem item = mandate.item(slot);
    Optional<ItemKey> key = agent.item(slot);
    if (item == null || key.isEmpty()) {
      throw refuse(WRONG_MANDATE, "The mandate has no item " + slot + ".");
    }
    if (key.get().key().isEmpty()) {
      throw refuse(
          KEY_DESTROYED,
          "The key for item " + slot + " was destroyed (agent revoked or item paid already).");
    }
    boolean busy =
        agent.payments().stream()
            .anyMatch(
                p ->
                    p.slot() == slot
                        && (p.state() == AgentPayment.State.AWAITING_CONFIRMATION
                            || p.state() == AgentPayment.State.PAYING));
    if (busy) {
      throw refuse(
          Refusal.Reason.ITEM_IN_PROGRESS,
          "A payment for item " + slot + " is already waiting or being paid.");
    }
    checkToken(start, key.get(), terms, slot);
    SetInitiation initiation = initiation(start, now);
    checkOrder(agent, terms, item, initiation, now);
    return new Accepted(
        agent.agentId(),
        slot,
        terms,
        initiation,
        start.getInitiationEncoded(),
        verified.nonce(),
        signedAt);
  }

  private void validate(
      List<X509Certificate> path, CertificateProfile expected, Refusal.Reason reason, String whose)
      throws RefusedException {
    ValidatedPath validated;
    try {
      validated = trust.validator().validate(path, trust.revocation());
    } catch (SetPathValidationException e) {
      throw refuse(reason, "The " + whose + " certificate is not valid: " + e.getMessage() + ".");
    }
    if (validated.leafProfile() != expected) {
      throw refuse(
          reason,
          "The " + whose + " certificate is a " + validated.leafProfile() + " certificate.");
    }
  }

  /** SET path validation does not look at the communication CA's CRL; the wallet must. */
  private void checkCommunicationCrl(List<X509Certificate> path, Instant now)
      throws RefusedException {
    if (path.size() < 2) {
      throw refuse(AGENT_CERTIFICATE, "The agent's certificate comes without its CA.");
    }
    X509Certificate leaf = path.get(0);
    X509Certificate issuer = path.get(1);
    X509CRL crl =
        trust
            .crlOf(issuer)
            .orElseThrow(
                () ->
                    refuse(
                        AGENT_CERTIFICATE,
                        "The wallet has no current revocation list of the agent's CA, so it cannot"
                            + " tell whether the agent's certificate is revoked."));
    try {
      crl.verify(issuer.getPublicKey(), provider);
    } catch (GeneralSecurityException e) {
      throw refuse(AGENT_CERTIFICATE, "The agent CA's revocation list does not verify.");
    }
    if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
      throw refuse(AGENT_CERTIFICATE, "The agent CA's revocation list is out of date.");
    }
    if (crl.getRevokedCertificate(leaf.getSerialNumber()) != null) {
      throw refuse(AGENT_CERTIFICATE, "The agent's certificate is revoked.");
    }
  }

  private AgentRecord agentOf(X509Certificate agentCert, WalletContents contents)
      throws RefusedException {
    byte[] der;
    try {
      der = agentCert.getEncoded();
    } catch (CertificateEncodingException e) {
      throw refuse(AGENT_CERTIFICATE, "The agent's certificate cannot be encoded.");
    }
    X500Name subject = X500Name.getInstance(agentCert.getSubjectX500Principal().getEncoded());
    String cn = rdn(subject, BCStyle.CN);
    String serial = rdn(subject, BCStyle.SERIALNUMBER);
    String ours = "wallet " + wallet.x509().getSerialNumber().toString(16);
    for (AgentRecord a : contents.agents()) {
      if (a.agentCertificate().isPresent()) {
        if (Arrays.equals(a.agentCertificate().get().toByteArray(), der)) {
          return a;
        }
      } else if (a.agentId().equals(cn) && ours.equals(serial)) {
        return a;
      }
    }
    throw refuse(
        UNKNOWN_AGENT,
        "The payment start is signed by "
            + (cn == null ? "a certificate" : "agent " + cn)
            + ", which this wallet did not create.");
  }

  private Mandate mandateOf(AgentRecord agent) throws RefusedException {
    try {
      return new Mandates(wallet.suite())
          .verify(agent.signedMandate().toByteArray(), wallet.certificate());
    } catch (SaiException e) {
      throw refuse(WRONG_MANDATE, "The wallet's record of this agent's mandate is unreadable.");
    }
  }

  private void checkToken(PaymentStart start, ItemKey key, MandateTerms terms, int slot)
      throws RefusedException {
    byte[] presented = Der.encode(start.getSealedToken());
    if (!Arrays.equals(presented, key.sealedToken().toByteArray())) {
      throw refuse(TOKEN_INVALID, "The token is not the one sealed for item " + slot + ".");
    }
    byte[] k = key.key().orElseThrow().toByteArray();
    try {
      TokenPlaintext opened =
          SealedTokens.open(k, Mandates.termsHash(terms), start.getSealedToken());
      if (opened.getSlot() != slot) {
        throw refuse(TOKEN_INVALID, "The token was sealed for another item.");
      }
    } catch (SaiException e) {
      throw refuse(TOKEN_INVALID, "The token does not open with item " + slot + "'s key.");
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  private SetInitiation initiation(PaymentStart start, Instant now) throws RefusedException {
    SetInitiation initiation;
    try {
      SaiSignedContent signed = SetInitiations.read(start.getInitiationEncoded());
      validate(
          signed.signerPath(provider),
          CertificateProfile.MERCHANT_SIGNATURE,
          INITIATION_INVALID,
          "merchant's");
      initiation =
          new SetInitiations(wallet.suite())
              .verify(signed, signed.signerCertificate().orElseThrow());
    } catch (SaiException e) {
      throw refuse(
          INITIATION_INVALID, "The merchant's order is not valid: " + e.getMessage() + ".");
    }
    if (!initiation.getSetEndpoint().equals(start.getSetEndpoint())) {
      throw refuse(
          INITIATION_INVALID, "The agent names another SET endpoint than the merchant's order.");
    }
    if (!initiation.getExpires().isAfter(now)) {
      throw refuse(
          INITIATION_EXPIRED, "The merchant's order expired at " + initiation.getExpires() + ".");
    }
    return initiation;
  }

  private void checkOrder(
      AgentRecord agent,
      MandateTerms terms,
      MandateItem item,
      SetInitiation initiation,
      Instant now)
      throws RefusedException {
    if (now.isBefore(terms.getNotBefore()) || now.isAfter(terms.getNotAfter())) {
      throw refuse(
          OUTSIDE_MANDATE_TIME,
          "The mandate runs from " + terms.getNotBefore() + " to " + terms.getNotAfter() + ".");
    }
    String merchant = initiation.getMerchantCode();
    if (!terms.allowsMerchant(merchant)) {
      throw refuse(
          MERCHANT_NOT_ALLOWED,
          "The mandate allows "
              + String.join(", ", terms.getAllowedMerchants())
              + ", not "
              + merchant
              + ".");
    }
    CurrencyAmount budget = terms.getTotalBudget();
    CurrencyAmount amount = initiation.getAmount();
    if (amount.getCurrency() != budget.getCurrency()
        || amount.getAmtExp10() != budget.getAmtExp10()) {
      throw refuse(CURRENCY, "The order is in currency " + amount.getCurrency() + ".");
    }
    int units = 0;
    for (OrderLine line : initiation.getLines()) {
      if (!fits(item, line)) {
        throw refuse(
            ITEM_MISMATCH,
            "\""
                + line.getName()
                + "\" ("
                + line.getCategory()
                + ") is not "
                + describe(item)
                + ".");
      }
      if (line.getUnitPrice().getAmount().compareTo(item.getMaxUnitPrice().getAmount()) > 0) {
        throw refuse(
            UNIT_PRICE_TOO_HIGH,
            "The unit price "
                + money(line.getUnitPrice())
                + " is above the mandate's maximum of "
                + money(item.getMaxUnitPrice())
                + ".");
      }
      units += line.getQuantity();
    }
    if (units > item.getQuantity()) {
      throw refuse(
          QUANTITY_TOO_HIGH,
          "The order is for " + units + " units; the mandate allows " + item.getQuantity() + ".");
    }
    long spent =
        agent.payments().stream()
            .filter(p -> p.state().counts())
            .mapToLong(AgentPayment::amountMinor)
            .sum();
    long left = budget.getAmount().longValueExact() - spent;
    if (amount.getAmount().longValueExact() > left) {
      throw refuse(
          OVER_BUDGET,
          "The order costs "
              + money(amount)
              + "; the mandate's budget has "
              + money(
                  new CurrencyAmount(budget.getCurrency(), Math.max(0, left), budget.getAmtExp10()))
              + " left.");
    }
  }

  private static boolean fits(MandateItem item, OrderLine line) {
    if (item.getCategory() != null && !fold(item.getCategory()).equals(fold(line.getCategory()))) {
      return false;
    }
    if (item.getQuery() != null) {
      String haystack = fold(line.getName());
      boolean anyWord = false;
      boolean anyLongWord = false;
      for (String word : fold(item.getQuery()).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 3) {
          anyLongWord = true;
          anyWord |= haystack.contains(word);
        }
      }
      return anyWord || !anyLongWord;
    }
    return true;
  }

  private static String describe(MandateItem item) {
    if (item.getQuery() != null && item.getCategory() != null) {
      return "\"" + item.getQuery() + "\" in " + item.getCategory();
    }
    return item.getQuery() != null ? "\"" + item.getQuery() + "\"" : "in " + item.getCategory();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  static String money(CurrencyAmount a) {
    String code = a.getCurrency() == 978 ? "EUR" : Integer.toString(a.getCurrency());
    BigDecimal value = a.toBigDecimal();
    return value.toPlainString() + " " + code;
  }

  private static String rdn(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
    var rdns = name.getRDNs(type);
    return rdns.length == 0 ? null : rdns[0].getFirst().getValue().toString();
  }

  private static RefusedException refuse(Refusal.Reason reason, String detail) {
    return Refusal.of(reason, detail).exception();
  }

  /** Hex of a mandate id (for messages and records). */
  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
