package org.agentset.merchant.set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.agentset.db.merchant.OrderLine;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.set.msg.Credential;
import org.agentset.set.sai.SaiException;
import org.agentset.set.sai.SetInitiations;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Signs an order's SET initiation (set-core {@code SetInitiation}: merchant, SET endpoint, LID-M,
 * order description, amount, brand, expiry and lines) with the merchant's SET signature key, for
 * the wallet. Empty while the merchant is not enrolled. Opened keys are kept in memory per merchant
 * (opening the sealed store costs a key derivation).
 */
@ApplicationScoped
public class InitiationSigner {

  @EJB private CredentialStore store;
  @Inject private MerchantConfig config;

  private final Map<String, Credential> opened = new ConcurrentHashMap<>();

  /** The signed initiation (DER CMS SignedData), or empty when the merchant has no keys yet. */
  public Optional<byte[]> sign(PurchaseOrder o) {
    String code = o.getMerchant().getCode();
    Credential sig = opened.get(code);
    if (sig == null) {
      String pw = config.settings().keyStorePassword();
      Optional<CredentialStore.Row> row = pw == null ? Optional.empty() : store.find(code);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      sig =
          MerchantCredentials.open(EnrolledMerchants.BC, code, row.get().sealed(), pw.toCharArray())
              .signature();
      opened.put(code, sig);
    }
    try {
      AlgorithmSuite suite = new AlgorithmSuites(EnrolledMerchants.BC, new SecureRandom()).p256();
      List<X509CertificateHolder> chain = new ArrayList<>();
      for (var c : sig.path()) {
        chain.add(new X509CertificateHolder(c.getEncoded()));
      }
      Signer signer =
          Signer.withCertificate(
              suite,
              sig.keyPair(),
              new X509CertificateHolder(sig.certificate().getEncoded()),
              chain);
      return Optional.of(new SetInitiations(suite).sign(signer, initiation(o)));
    } catch (SaiException | java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the SET initiation could not be signed", e);
    }
  }

  private SetInitiation initiation(PurchaseOrder o) {
    List<org.agentset.set.asn1.sai.OrderLine> lines = new ArrayList<>();
    for (OrderLine l : o.getLines()) {
      lines.add(
          new org.agentset.set.asn1.sai.OrderLine(
              l.getSku(),
              l.getName(),
              l.getProduct().getCategory().getSlug(),
              l.getQuantity(),
              amount(l.getUnitPrice(), o.getCurrency())));
    }
    return new SetInitiation(
        o.getMerchant().getCode(),
        config.settings().setEndpoint().toString(),
        o.getLidM().getBytes(StandardCharsets.US_ASCII),
        o.getOrderDescription(),
        amount(o.getAmount(), o.getCurrency()),
        o.getMerchant().getBrand(),
        o.getExpiresAt(),
        lines);
  }

  static CurrencyAmount amount(java.math.BigDecimal value, String currency) {
    java.util.Currency c = java.util.Currency.getInstance(currency);
    int exp = c.getDefaultFractionDigits();
    return new CurrencyAmount(c.getNumericCode(), value.movePointRight(exp).longValueExact(), -exp);
  }
}
