package org.agentset.ans.trust;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Mode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.SaiException;
import org.agentset.set.sai.SaiSignedContent;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Takes in a customer's signed mandate (set-core's SAI {@link Mandate}): reads it, checks that its
 * signer is a wallet certificate the CA vouches for ({@link WalletSignatures#checkWallet}),
 * verifies the signature and that the mandate's customer is that certificate's subject, and turns
 * its terms into the {@link MandateTerms} the negotiation enforces. Every refusal is an {@link
 * AgentProblem} that says what is wrong.
 */
public final class MandateIntake {

  /** Longest a mandate may run, as the CA certifies an agent for at most a year. */
  public static final Duration MAX_RUN = Duration.ofDays(365);

  /** A mandate accepted for an agent. */
  public record Accepted(
      Mandate mandate,
      MandateTerms terms,
      X509Certificate wallet,
      X509CertificateHolder walletHolder,
      String walletHash,
      String mandateIdHex) {}

  private final Provider provider;
  private final AlgorithmSuites suites;
  private final WalletSignatures wallets;
  private final Clock clock;

  public MandateIntake(Provider provider, AlgorithmSuites suites, Clock clock) {
    this.provider = Objects.requireNonNull(provider);
    this.suites = Objects.requireNonNull(suites);
    this.clock = Objects.requireNonNull(clock);
    this.wallets = new WalletSignatures(provider, clock);
  }

  public Accepted accept(byte[] der, CaCertificates ca) {
    SaiSignedContent signed;
    try {
      signed = Mandates.read(der);
    } catch (SaiException e) {
      throw new AgentProblem(
          "mandate-signature",
          422,
          "The mandate is not a signed AgentSET mandate: " + e.getMessage());
    }
    X509CertificateHolder holder =
        signed
            .signerCertificate()
            .orElseThrow(
                () ->
                    new AgentProblem(
                        "mandate-signature",
                        422,
                        "The mandate does not carry the certificate of its signer."));
    X509Certificate wallet;
    try {
      wallet = new JcaX509CertificateConverter().setProvider(provider).getCertificate(holder);
    } catch (CertificateException e) {
      throw new AgentProblem(
          "mandate-signer", 422, "The mandate's signer certificate cannot be read.");
    }
    wallets.checkWallet(wallet, "the mandate", ca);
    Mandate mandate;
    try {
      mandate = new Mandates(suite(wallet)).verify(signed, holder);
    } catch (SaiException e) {
      throw new AgentProblem(
          e.reason() == SaiException.Reason.INCONSISTENT && "customer".equals(e.field())
              ? "other-customer"
              : "mandate-signature",
          422,
          "The mandate is refused: " + e.getMessage());
    }
    if (!mandate.getTerms().getCustomer().equals(holder.getSubject())) {
      throw new AgentProblem(
          "other-customer",
          422,
          "The mandate names another customer than the wallet that signed it.");
    }
    MandateTerms terms = terms(mandate, wallet.getSubjectX500Principal().getName());
    Instant now = clock.instant();
    if (!terms.notAfter().isAfter(now.plus(Duration.ofMinutes(1)))) {
      throw new AgentProblem(
          "mandate-terms",
          422,
          "The mandate's deadline " + terms.notAfter() + " has passed (or is within a minute).");
    }
    if (terms.notBefore().isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new AgentProblem(
          "mandate-terms", 422, "The mandate is valid only from " + terms.notBefore() + ".");
    }
    if (terms.notAfter().isAfter(now.plus(MAX_RUN))) {
      throw new AgentProblem("mandate-terms", 422, "The mandate runs for more than a year.");
    }
    return new Accepted(
        mandate,
        terms,
        wallet,
        holder,
        WalletSignatures.hash(wallet),
        HexFormat.of().formatHex(mandate.getTerms().getMandateId()));
  }

  /** The suite of a wallet's key: RSA or P-256 (the SAI formats support no other). */
  public AlgorithmSuite suite(X509Certificate cert) {
    return switch (cert.getPublicKey().getAlgorithm()) {
      case "RSA" -> suites.rsa();
      case "EC", "ECDSA" -> suites.p256();
      default ->
          throw new AgentProblem(
              "mandate-signer",
              422,
              "The wallet's key type "
                  + cert.getPublicKey().getAlgorithm()
                  + " is not supported for agents.");
    };
  }

  /** The mandate's terms as the negotiation sees them. */
  static MandateTerms terms(Mandate m, String customer) {
    var t = m.getTerms();
    String currency = currency(t.getTotalBudget());
    List<ItemRequest> items = new ArrayList<>();
    for (MandateItem i : t.getItems()) {
      if (!currency(i.getMaxUnitPrice()).equals(currency)) {
        throw new AgentProblem(
            "mandate-terms", 422, "Every amount of a mandate is in one currency.");
      }
      items.add(
          new ItemRequest(
              i.getQuery(), i.getCategory(), i.getQuantity(), minor(i.getMaxUnitPrice())));
    }
    if (m.getSlots().size() != items.size()) {
      throw new AgentProblem(
          "mandate-terms",
          422,
          "The mandate needs one item slot (with its sealed token) per item.");
    }
    try {
      return new MandateTerms(
          HexFormat.of().formatHex(t.getMandateId()),
          customer,
          items,
          minor(t.getTotalBudget()),
          currency,
          new LinkedHashSet<>(t.getAllowedMerchants()),
          t.getNotBefore(),
          t.getNotAfter(),
          t.getMode() == MandateMode.CONFIRM ? Mode.CONFIRM : Mode.AUTONOMOUS);
    } catch (IllegalArgumentException e) {
      throw new AgentProblem(
          "mandate-terms", 422, "The mandate's terms are not usable: " + e.getMessage());
    }
  }

  static String currency(CurrencyAmount a) {
    for (Currency c : Currency.getAvailableCurrencies()) {
      if (c.getNumericCode() == a.getCurrency()) {
        return c.getCurrencyCode();
      }
    }
    throw new AgentProblem(
        "mandate-terms", 422, "Unknown ISO 4217 currency number " + a.getCurrency() + ".");
  }

  /** An amount in minor units (hundredths); refuses amounts that need finer units. */
  static long minor(CurrencyAmount a) {
    BigDecimal v = a.toBigDecimal();
    try {
      return v.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new AgentProblem(
          "mandate-terms",
          422,
          "Amounts are taken in hundredths; " + v.toPlainString() + " is finer.");
    }
  }

  /** The DER of a holder. */
  public static byte[] der(X509CertificateHolder h) {
    try {
      return h.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
