package org.agentset.ca.hierarchy;

import java.security.cert.X509Certificate;
import java.util.Objects;
import org.agentset.set.cert.CertificateProfile;

/**
 * A certificate just issued, with what its record needs beyond the certificate itself.
 *
 * @param certificate the certificate
 * @param profile its AgentSET profile
 * @param issuer the CA that signed it (the root for the self-signed root certificate)
 */
public record IssuedCertificate(
    X509Certificate certificate, CertificateProfile profile, CaName issuer) {

  public IssuedCertificate {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(profile, "profile");
  }
}
