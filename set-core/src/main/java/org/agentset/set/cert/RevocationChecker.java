package org.agentset.set.cert;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.CRLIdentifier;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The revocation half of SET path validation: for every certificate whose issuer publishes CRLs,
 * take that issuer's newest CRL (signed by it, numbered), make sure it is at least as new as the
 * one the BrandCRLIdentifier lists when a BCI is in play (a relying party lacking the listed CRL
 * must fetch it, SET-PROTOCOL.md §1.4), make sure it is current, and look the serial up.
 */
final class RevocationChecker {

  private final BrandCrlIdentifiers bcis;
  private final java.security.Provider provider;

  RevocationChecker(BrandCrlIdentifiers bcis, java.security.Provider provider) {
    this.bcis = bcis;
    this.provider = provider;
  }

  void check(List<PathLink> links, RevocationData data, Instant now)
      throws SetPathValidationException {
    BrandCRLIdentifier bci = data.bci();
    if (bci == null && data.bciRequired()) {
      throw new SetPathValidationException(
          PathRule.BCI_MISSING, brandPosition(links), "no BrandCRLIdentifier");
    }
    if (bci != null) {
      checkBci(links, bci, now);
    }
    for (PathLink link : links) {
      if (link.issuerProfile().issuesCrls()) {
        checkOne(link, data.crls(), bci, now);
      }
    }
  }

  private static int brandPosition(List<PathLink> links) {
    return links.stream()
        .filter(l -> l.profile() == CertificateProfile.BRAND)
        .mapToInt(PathLink::position)
        .findFirst()
        .orElse(0);
  }

  private void checkBci(List<PathLink> links, BrandCRLIdentifier bci, Instant now)
      throws SetPathValidationException {
    Optional<PathLink> brand =
        links.stream().filter(l -> l.profile() == CertificateProfile.BRAND).findFirst();
    if (brand.isEmpty()) {
      throw new SetPathValidationException(
          PathRule.BCI_INVALID, 0, "no brand CA in the path to check the BCI against");
    }
    int pos = brand.get().position();
    if (!bcis.verifies(bci, brand.get().certificate())) {
      throw new SetPathValidationException(
          PathRule.BCI_INVALID, pos, "BCI signature does not verify with the brand CA key");
    }
    if (now.isBefore(bci.tbs().notBefore()) || now.isAfter(bci.tbs().notAfter())) {
      throw new SetPathValidationException(
          PathRule.BCI_INVALID,
          pos,
          "BCI valid " + bci.tbs().notBefore() + ".." + bci.tbs().notAfter() + ", now " + now);
    }
  }

  private void checkOne(
      PathLink link, java.util.Collection<X509CRL> crls, BrandCRLIdentifier bci, Instant now)
      throws SetPathValidationException {
    X509Certificate issuer = link.issuer();
    X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
    int pos = link.position();
    List<X509CRL> good = new ArrayList<>();
    for (X509CRL crl : crls) {
      if (X500Name.getInstance(crl.getIssuerX500Principal().getEncoded()).equals(issuerName)
          && BrandCrlIdentifiers.crlNumber(crl).isPresent()
          && signedBy(crl, issuer)) {
        good.add(crl);
      }
    }
    if (good.isEmpty()) {
      throw new SetPathValidationException(
          PathRule.CRL_MISSING, pos, "no valid CRL from " + issuerName);
    }
    X509CRL chosen = good.get(0);
    for (X509CRL c : good) {
      if (number(c).compareTo(number(chosen)) > 0) {
        chosen = c;
      }
    }
    if (bci != null) {
      BigInteger listed =
          bci.tbs().crls().stream()
              .filter(id -> id.issuer().equals(issuerName))
              .map(CRLIdentifier::crlNumber)
              .findFirst()
              .orElseThrow(
                  () ->
                      new SetPathValidationException(
                          PathRule.BCI_MISMATCH, pos, "BCI lists no CRL for " + issuerName));
      if (number(chosen).compareTo(listed) < 0) {
        throw new SetPathValidationException(
            PathRule.BCI_MISMATCH,
            pos,
            "BCI lists CRL " + listed + " of " + issuerName + ", newest held is " + number(chosen));
      }
    }
    if (now.isBefore(chosen.getThisUpdate().toInstant())
        || chosen.getNextUpdate() == null
        || now.isAfter(chosen.getNextUpdate().toInstant())) {
      throw new SetPathValidationException(
          PathRule.CRL_STALE,
          pos,
          "CRL of "
              + issuerName
              + " valid "
              + chosen.getThisUpdate().toInstant()
              + ".."
              + chosen.getNextUpdate());
    }
    X509CRLEntry entry = chosen.getRevokedCertificate(link.certificate().getSerialNumber());
    if (entry != null && !entry.getRevocationDate().toInstant().isAfter(now)) {
      throw new SetPathValidationException(
          PathRule.REVOKED,
          pos,
          "serial " + link.certificate().getSerialNumber().toString(16) + " revoked");
    }
  }

  private static BigInteger number(X509CRL crl) {
    return BrandCrlIdentifiers.crlNumber(crl).orElseThrow();
  }

  private boolean signedBy(X509CRL crl, X509Certificate issuer) {
    try {
      crl.verify(issuer.getPublicKey(), provider);
      return true;
    } catch (java.security.GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
