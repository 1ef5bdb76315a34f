package org.agentset.gateway.app;

import java.security.cert.X509Certificate;
import java.util.logging.Logger;
import org.agentset.set.cert.OcspClient;
import org.agentset.set.cert.OnlineRevocation;
import org.agentset.set.cert.PathRule;
import org.agentset.set.cert.SetPathValidationException;

/**
 * The gateway's online revocation check: asks the CA's OCSP responder (set-core's {@link
 * OcspClient}, answers cached until their nextUpdate, at most the revocation TTL) about every
 * certificate it validates. Revoked → refused ({@code revokedCertificate}); good → the CRL/BCI path
 * validation still runs; responder unreachable or its answer unusable (or "unknown") → logged, and
 * the CRLs and BCI alone decide, so an OCSP outage does not stop payments while the CA's CRLs are
 * current.
 */
final class OcspRevocation implements OnlineRevocation {

  private static final Logger LOG = Logger.getLogger(OcspRevocation.class.getName());

  private final OcspClient client;

  OcspRevocation(OcspClient client) {
    this.client = client;
  }

  @Override
  public void check(X509Certificate leaf, X509Certificate issuer)
      throws SetPathValidationException {
    OcspClient.Answer a = client.status(leaf, issuer);
    String serial = leaf.getSerialNumber().toString(16);
    switch (a.status()) {
      case REVOKED -> {
        LOG.warning(() -> "OCSP: certificate " + serial + " revoked (" + a.detail() + ")");
        throw new SetPathValidationException(
            PathRule.REVOKED, 0, "OCSP: serial " + serial + " " + a.detail());
      }
      case GOOD -> {}
      case UNKNOWN, UNAVAILABLE ->
          LOG.warning(
              () ->
                  "OCSP: no usable answer for certificate "
                      + serial
                      + " ("
                      + a.detail()
                      + "); relying on the CRLs and BCI");
    }
  }
}
