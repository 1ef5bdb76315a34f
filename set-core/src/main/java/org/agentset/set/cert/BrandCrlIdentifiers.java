package org.agentset.set.cert;

import java.math.BigInteger;
import java.security.Provider;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.CRLIdentifier;
import org.agentset.set.asn1.cert.StrictDer;
import org.agentset.set.asn1.cert.UnsignedBrandCRLIdentifier;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Issues and checks BrandCRLIdentifiers: the brand CA signs the list of the CRLs currently in force
 * under it, with its certificate-signing key (the key that also signs the brand's own CRL).
 */
public final class BrandCrlIdentifiers {

  private final Provider provider;
  private final Clock clock;

  public BrandCrlIdentifiers(Provider provider, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Signs BCI number {@code sequenceNum} for {@code brandId}, listing each of {@code currentCrls},
   * valid from now for {@code validity}.
   */
  public BrandCRLIdentifier issue(
      CaCredential brand,
      String brandId,
      BigInteger sequenceNum,
      Duration validity,
      Collection<X509CRL> currentCrls) {
    CertificateProfile profile = SetCertificateInfo.of(brand.certificate()).profile().orElse(null);
    if (profile != CertificateProfile.BRAND) {
      throw new IllegalArgumentException("a BCI is signed by a brand CA, not " + profile);
    }
    List<CRLIdentifier> ids = new ArrayList<>();
    for (X509CRL crl : currentCrls) {
      ids.add(
          new CRLIdentifier(
              X500Name.getInstance(crl.getIssuerX500Principal().getEncoded()),
              crlNumber(crl)
                  .orElseThrow(() -> new IllegalArgumentException("CRL without cRLNumber"))));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    UnsignedBrandCRLIdentifier tbs =
        new UnsignedBrandCRLIdentifier(sequenceNum, brandId, now, now.plus(validity), ids);
    ContentSigner signer = brand.scheme().signer(brand.privateKey(), provider);
    try (var out = signer.getOutputStream()) {
      out.write(StrictDer.encode(tbs));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("signing failed", e);
    }
    return new BrandCRLIdentifier(tbs, signer.getAlgorithmIdentifier(), signer.getSignature());
  }

  /** Whether {@code bci} carries a valid signature by {@code brandCertificate}'s key. */
  public boolean verifies(BrandCRLIdentifier bci, X509Certificate brandCertificate) {
    try {
      ContentVerifierProvider vp =
          new JcaContentVerifierProviderBuilder()
              .setProvider(provider)
              .build(brandCertificate.getPublicKey());
      ContentVerifier v = vp.get(bci.algorithm());
      try (var out = v.getOutputStream()) {
        out.write(StrictDer.encode(bci.tbs()));
      }
      return v.verify(bci.signature());
    } catch (OperatorCreationException | java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  /** The cRLNumber of {@code crl}, if it has a well-formed one. */
  public static Optional<BigInteger> crlNumber(X509CRL crl) {
    byte[] ext = crl.getExtensionValue(Extension.cRLNumber.getId());
    if (ext == null) {
      return Optional.empty();
    }
    try {
      byte[] inner = org.bouncycastle.asn1.ASN1OctetString.getInstance(ext).getOctets();
      return Optional.of(
          ASN1Integer.getInstance(StrictDer.parse(inner, 64, "cRLNumber")).getValue());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
