package org.agentset.set.msg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.purchase.PIHead;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetCertificateInfo;
import org.agentset.set.cert.Thumbprint;
import org.bouncycastle.cert.X509CertificateHolder;

/** Conversions between the JCA and Bouncy Castle views of certificates, and SET thumbprints. */
public final class Certificates {

  private Certificates() {}

  /** The Bouncy Castle view (for the crypto layer). */
  public static X509CertificateHolder holder(X509Certificate certificate) {
    try {
      return new X509CertificateHolder(certificate.getEncoded());
    } catch (CertificateEncodingException | IOException e) {
      throw new IllegalStateException("a parsed certificate re-encodes", e);
    }
  }

  /**
   * The JCA view (for path validation), read from a certificate a peer sent.
   *
   * @throws SetProtocolException {@link Refusal#CERTIFICATE_INVALID} if it cannot be read
   */
  public static X509Certificate x509(X509CertificateHolder holder, Provider provider, String field)
      throws SetProtocolException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509", provider)
              .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (CertificateException | IOException | RuntimeException e) {
      throw new SetProtocolException(Refusal.CERTIFICATE_INVALID, field, e);
    }
  }

  /** SET's thumbprint (SHA-256 of the DER) of {@code certificate}. */
  public static CertThumb thumb(X509Certificate certificate) {
    return new CertThumb(Thumbprint.algorithm(), Thumbprint.of(certificate).bytes());
  }

  /** Whether {@code thumb} identifies {@code certificate} (algorithm and digest, constant time). */
  public static boolean identifies(CertThumb thumb, X509Certificate certificate) {
    return thumb != null
        && Thumbprint.algorithm().equals(thumb.getDigestAlgorithm())
        && MessageDigest.isEqual(thumb.getThumbprint(), Thumbprint.of(certificate).bytes());
  }

  /** Whether {@code c} is a merchant key-exchange certificate of merchant {@code id}. */
  static boolean isMerchantKeyExchange(X509Certificate c, SetString id) {
    try {
      return SetCertificateInfo.of(c).profile().orElse(null)
              == CertificateProfile.MERCHANT_KEY_EXCHANGE
          && merchantId(c).map(m -> Wire.same(m, id)).orElse(false);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The merchant ID in a merchant certificate's merchantData, if it has one. */
  static Optional<SetString> merchantId(X509Certificate merchant) {
    try {
      return SetCertificateInfo.of(merchant)
          .merchantData()
          .map(MerchantData::merId)
          .map(id -> SetString.of(id, PIHead.MERCHANT_ID_MAX));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
