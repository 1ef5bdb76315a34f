package org.agentset.set.cert;

import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * A CA's certificate-signing certificate and its private key, as the issuer needs them; the web-ca
 * loads one per CA from its key store (HSM in production) and hands it to {@link
 * SetCertificateIssuer}, {@link SetCrlIssuer} and {@link BrandCrlIdentifiers}.
 *
 * <p>The two URIs are what standard tools need to find status without knowing SET: the issuer
 * writes them into every certificate this CA signs as a CRL Distribution Points extension and an
 * Authority Information Access extension (id-ad-ocsp).
 *
 * @param certificate the CA's certificate (a CA profile)
 * @param privateKey the matching private key
 * @param crlDistributionPoint where this CA publishes its CRL, written into the certificates it
 *     issues; null for a CA that publishes none
 * @param ocspResponder the URL of the OCSP responder answering for this CA's certificates; null
 *     for none
 */
public record CaCredential(
    X509Certificate certificate,
    PrivateKey privateKey,
    URI crlDistributionPoint,
    URI ocspResponder) {

  public CaCredential {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  /** A CA without an OCSP responder. */
  public CaCredential(X509Certificate certificate, PrivateKey privateKey, URI crlDistributionPoint) {
    this(certificate, privateKey, crlDistributionPoint, null);
  }

  /** The scheme this CA signs with, from its certified key. */
  public SignatureScheme scheme() {
    return SignatureScheme.forKey(certificate.getPublicKey());
  }

  /** The CRL distribution point, if any. */
  public Optional<URI> crlUri() {
    return Optional.ofNullable(crlDistributionPoint);
  }

  /** The OCSP responder's URL, if any. */
  public Optional<URI> ocspUri() {
    return Optional.ofNullable(ocspResponder);
  }
}
