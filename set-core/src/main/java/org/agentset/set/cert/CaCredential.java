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
 * @param certificate the CA's certificate (a CA profile)
 * @param privateKey the matching private key
 * @param crlDistributionPoint where this CA publishes its CRL, written into the certificates it
 *     issues; null for a CA that publishes none (cardholder CAs)
 */
public record CaCredential(
    X509Certificate certificate, PrivateKey privateKey, URI crlDistributionPoint) {

  public CaCredential {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  /** The scheme this CA signs with, from its certified key. */
  public SignatureScheme scheme() {
    return SignatureScheme.forKey(certificate.getPublicKey());
  }

  /** The CRL distribution point, if any. */
  public Optional<URI> crlUri() {
    return Optional.ofNullable(crlDistributionPoint);
  }
}
