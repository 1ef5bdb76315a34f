package org.agentset.ans.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the agent server knows of the CA: every CA certificate of its hierarchy (the root is the
 * trust anchor) and the CRLs of the CAs in a path, as fetched from the CA's public endpoints.
 */
public record CaCertificates(List<X509Certificate> certificates, List<X509CRL> crls) {

  public CaCertificates {
    certificates = List.copyOf(certificates);
    crls = List.copyOf(crls);
  }
}
