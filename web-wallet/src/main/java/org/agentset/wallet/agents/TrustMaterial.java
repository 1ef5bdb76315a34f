package org.agentset.wallet.agents;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;

/**
 * What the wallet trusts and knows about revocation, as fetched from the CA: a SET path validator
 * over the CA's root, the CRLs (and BrandCRLIdentifier) SET validation checks, and the CRL of any
 * CA that SET does not check but AgentSET's communication certificates need (the communication
 * CA's).
 */
public interface TrustMaterial {

  /** A validator over the trusted root(s), at the wallet's clock. */
  SetPathValidator validator();

  /** The CRLs and BCI for SET path validation. */
  RevocationData revocation();

  /** The newest CRL issued by {@code issuer}, if the wallet has one. */
  Optional<X509CRL> crlOf(X509Certificate issuer);
}
