package org.agentset.set.cert;

import java.math.BigInteger;
import java.security.Provider;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.KeyIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;

/**
 * Issues a CA's CRLs: X.509 v2, signed with the CA's certificate-signing key, with cRLNumber and
 * authorityKeyIdentifier, thisUpdate from the clock and nextUpdate a fixed interval later.
 *
 * <p>Every CA may publish a CRL, the cardholder CA included. SET 1.0's cardholder CA published none
 * (a cardholder certificate is revoked by revoking the card, SET-PROTOCOL.md §1.4), and SET path
 * validation still does not require one ({@link CertificateProfile#issuesCrls()}); but AgentSET's
 * cardholder-CA profile also issues communication certificates, which must be revocable, and
 * standard tools ({@code openssl verify -crl_check}) expect a CRL wherever a certificate names a
 * distribution point. Only end-entity credentials are refused.
 */
public final class SetCrlIssuer {

  /** One revoked certificate. */
  public record Revocation(BigInteger serial, Instant revokedAt, int reason) {
    public Revocation {
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(revokedAt, "revokedAt");
      if (reason < CRLReason.unspecified || reason > CRLReason.aACompromise || reason == 7) {
        throw new IllegalArgumentException("not a CRLReason: " + reason);
      }
    }
  }

  private final Provider provider;
  private final Clock clock;

  public SetCrlIssuer(Provider provider, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Issues CRL number {@code crlNumber} of {@code ca}, valid until now + {@code nextUpdateIn}.
   *
   * @throws IllegalArgumentException if {@code ca} is not a CA certificate
   */
  public X509CRL issue(
      CaCredential ca, BigInteger crlNumber, Duration nextUpdateIn, List<Revocation> revoked) {
    SetCertificateInfo info = SetCertificateInfo.of(ca.certificate());
    CertificateProfile profile = info.profile().orElse(null);
    if (profile == null || !profile.isCa()) {
      throw new IllegalArgumentException("a " + profile + " does not publish CRLs");
    }
    if (crlNumber.signum() < 0) {
      throw new IllegalArgumentException("CRL numbers are non-negative");
    }
    Instant thisUpdate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    X509v2CRLBuilder b =
        new X509v2CRLBuilder(
            X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
            Date.from(thisUpdate));
    b.setNextUpdate(Date.from(thisUpdate.plus(nextUpdateIn)));
    for (Revocation r : revoked) {
      b.addCRLEntry(
          r.serial(), Date.from(r.revokedAt().truncatedTo(ChronoUnit.SECONDS)), r.reason());
    }
    try {
      b.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
      byte[] ski = info.subjectKeyId();
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new AuthorityKeyIdentifier(
              ski != null ? ski : KeyIdentifiers.of(ca.certificate().getPublicKey())));
      return new JcaX509CRLConverter()
          .setProvider(provider)
          .getCRL(b.build(ca.scheme().signer(ca.privateKey(), provider)));
    } catch (CertIOException | CRLException e) {
      throw new IllegalStateException("cannot build the CRL", e);
    }
  }
}
