package org.agentset.set.cert;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certification path that passed {@link SetPathValidator}.
 *
 * @param certificates leaf first, ending with the trust anchor
 * @param leaf the leaf's decoded extensions
 * @param leafProfile the leaf's profile (the caller checks it is the one it expects, e.g. a gateway
 *     key-exchange certificate before encrypting PANData)
 * @param anchor the root the path ends at
 * @param anchoredByRollover whether that root was accepted through a trusted root's hashedRootKey
 */
public record ValidatedPath(
    List<X509Certificate> certificates,
    SetCertificateInfo leaf,
    CertificateProfile leafProfile,
    X509Certificate anchor,
    boolean anchoredByRollover) {

  public ValidatedPath {
    certificates = List.copyOf(certificates);
  }
}
