package org.agentset.set.cert;

import java.security.cert.X509CRL;
import java.util.Collection;
import java.util.List;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;

/**
 * What a relying party holds for revocation checking: its cached CRLs and, optionally, the latest
 * BrandCRLIdentifier from a SET response (PInitRes, AuthRes, CardCInitRes, …).
 *
 * @param crls the CRLs at hand (any issuers; the validator picks the right ones)
 * @param bci the newest BCI, or null
 * @param bciRequired whether validation must fail without a BCI
 */
public record RevocationData(
    Collection<X509CRL> crls, BrandCRLIdentifier bci, boolean bciRequired) {

  public RevocationData {
    crls = List.copyOf(crls);
  }

  /** CRLs only, no BCI required. */
  public static RevocationData crlsOnly(Collection<X509CRL> crls) {
    return new RevocationData(crls, null, false);
  }

  /** CRLs and a BCI that must be present and must match. */
  public static RevocationData withBci(Collection<X509CRL> crls, BrandCRLIdentifier bci) {
    return new RevocationData(crls, bci, true);
  }
}
