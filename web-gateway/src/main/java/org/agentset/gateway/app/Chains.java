package org.agentset.gateway.app;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Builds the chain a credential carries: its issuers, nearest first, the root left out. */
final class Chains {

  private Chains() {}

  /**
   * The issuers of {@code leaf} among {@code cas}, by name, nearest first, stopping before the
   * self-signed root.
   */
  static List<X509Certificate> issuers(X509Certificate leaf, List<X509Certificate> cas) {
    List<X509Certificate> chain = new ArrayList<>();
    X509Certificate at = leaf;
    for (int depth = 0; depth < 8; depth++) {
      X509Certificate issuer = null;
      for (X509Certificate c : cas) {
        if (c.getSubjectX500Principal().equals(at.getIssuerX500Principal())) {
          issuer = c;
          break;
        }
      }
      if (issuer == null
          || issuer.getSubjectX500Principal().equals(issuer.getIssuerX500Principal())) {
        break;
      }
      chain.add(issuer);
      at = issuer;
    }
    return chain;
  }
}
