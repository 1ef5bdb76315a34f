package org.agentset.ca.issue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.CertificateSpec;

/**
 * Turns an operator's {@link IssueRequest} into what to sign and who signs it: the merchant CA for
 * merchant certificates, the payment-gateway CA for gateway certificates, with the profile's own
 * data (merchantData, cardCertRequired). Everything an operator could get wrong is reported as a
 * {@link RequestRejectedException} naming the field.
 */
public final class IssuePlanner {

  /** Longest validity an operator may give an end-entity certificate. */
  public static final int MAX_DAYS = 3 * 365;

  /** The profiles the console and the admin API issue from requests. */
  public static final Set<CertificateProfile> PROFILES =
      EnumSet.of(
          CertificateProfile.MERCHANT_SIGNATURE,
          CertificateProfile.MERCHANT_KEY_EXCHANGE,
          CertificateProfile.GATEWAY_SIGNATURE,
          CertificateProfile.GATEWAY_KEY_EXCHANGE);

  /** What to issue. */
  public record Plan(CaName issuer, CertificateSpec spec, String ownerRef) {}

  private final CertificationRequests requests;

  public IssuePlanner(CertificationRequests requests) {
    this.requests = requests;
  }

  /**
   * Checks {@code request} and plans its certificate.
   *
   * @throws RequestRejectedException saying which input is wrong
   */
  public Plan plan(IssueRequest request) throws RequestRejectedException {
    if (request.profile() == null || !PROFILES.contains(request.profile())) {
      throw new RequestRejectedException(
          "Choose a merchant or payment-gateway certificate type.");
    }
    if (request.validityDays() < 1 || request.validityDays() > MAX_DAYS) {
      throw new RequestRejectedException("Validity must be 1 to " + MAX_DAYS + " days.");
    }
    CertificationRequests.Checked csr = requests.check(request.csrPem());
    CertificateSpec spec;
    CaName issuer;
    String owner;
    try {
      switch (request.profile()) {
        case MERCHANT_SIGNATURE, MERCHANT_KEY_EXCHANGE -> {
          MerchantData data = merchantData(request.merchant());
          spec =
              request.profile() == CertificateProfile.MERCHANT_SIGNATURE
                  ? CertificateSpec.merchantSignature(csr.subject(), csr.publicKey(), data)
                  : CertificateSpec.merchantKeyExchange(csr.subject(), csr.publicKey(), data);
          issuer = CaName.MERCHANT;
          owner = "merchant:" + request.merchant().acquirerBin() + "/" + request.merchant().merchantId();
        }
        case GATEWAY_SIGNATURE -> {
          spec =
              CertificateSpec.gatewaySignature(
                  csr.subject(), csr.publicKey(), request.cardCertRequired());
          issuer = CaName.GATEWAY;
          owner = "gateway:" + csr.subject();
        }
        default -> {
          spec = CertificateSpec.gatewayKeyExchange(csr.subject(), csr.publicKey(), null);
          issuer = CaName.GATEWAY;
          owner = "gateway:" + csr.subject();
        }
      }
    } catch (MalformedCertExtensionException e) {
      throw new RequestRejectedException("Merchant data: " + e.getMessage(), e);
    }
    spec.validity(Duration.ofDays(request.validityDays()));
    return new Plan(issuer, spec, owner.length() > 256 ? owner.substring(0, 256) : owner);
  }

  private static MerchantData merchantData(MerchantDetails m) throws RequestRejectedException {
    if (m == null) {
      throw new RequestRejectedException("Merchant certificates need the merchant's data.");
    }
    if (blank(m.merchantId()) || blank(m.acquirerBin()) || blank(m.name()) || blank(m.city())
        || blank(m.countryName())) {
      throw new RequestRejectedException(
          "Merchant id, acquirer BIN, name, city and country are required.");
    }
    if (!m.acquirerBin().matches("[0-9]{6}")) {
      throw new RequestRejectedException("The acquirer BIN is six digits.");
    }
    if (m.countryCode() < 1 || m.countryCode() > 999) {
      throw new RequestRejectedException("The country code is ISO 3166 numeric, 1 to 999.");
    }
    return new MerchantData(
        m.merchantId().strip(),
        m.acquirerBin(),
        List.of(
            new MerNames(
                "en",
                m.name().strip(),
                m.city().strip(),
                emptyToNull(m.stateProvince()),
                emptyToNull(m.postalCode()),
                m.countryName().strip())),
        m.countryCode(),
        m.mayAuthorise());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String emptyToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
