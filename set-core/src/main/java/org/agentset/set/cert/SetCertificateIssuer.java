package org.agentset.set.cert;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.cert.AgentCertificateType;
import org.agentset.set.asn1.cert.HashedRootKey;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.asn1.cert.SetPolicyQualifier;
import org.agentset.set.asn1.cert.SetQualifier;
import org.agentset.set.crypto.KeyIdentifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Issues certificates for every {@link CertificateProfile}: the root (self-signed, with
 * hashedRootKey), the CA tiers and all end entities, enforcing the profile rules at issuance so
 * that nothing a CA signs could fail {@link SetPathValidator} for a structural reason.
 *
 * <p>Every certificate gets: a random positive 128-bit serial; certificateType (or AgentSET's
 * agentCertificateType), non-critical; keyUsage (critical) from the profile's {@link KeyPurpose}
 * and the key's algorithm; basicConstraints (critical), with the pathLenConstraint on CAs; subject
 * and authority key identifiers; certificatePolicies (critical) naming set-policy-root with the SET
 * qualifier; a CRL distribution point when the issuer publishes CRLs, and an authority information
 * access extension naming the issuer's OCSP responder when it has one (both non-critical; on the
 * self-signed root only when {@link #issueRoot(CertificateSpec, KeyPair, URI, URI)} names them).
 * See {@code package-info} for why the SET private extensions are non-critical.
 */
public final class SetCertificateIssuer {

  private final Provider provider;
  private final Clock clock;
  private final SecureRandom random;
  private final SetQualifier rootQualifier;

  /**
   * @param provider the Bouncy Castle provider object (not registered globally)
   * @param clock the time source for notBefore
   * @param random the source of serial numbers
   * @param rootQualifier the SET policy statement written into every certificate
   */
  public SetCertificateIssuer(
      Provider provider, Clock clock, SecureRandom random, SetQualifier rootQualifier) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.rootQualifier = Objects.requireNonNull(rootQualifier, "rootQualifier");
  }

  /** Issues the self-signed root for {@code spec} (a {@link CertificateSpec#root} spec). */
  public X509Certificate issueRoot(CertificateSpec spec, KeyPair rootKeys) {
    return issueRoot(spec, rootKeys, null, null);
  }

  /**
   * Issues the self-signed root, naming the root's own CRL and OCSP responder (either may be null),
   * as a CA that publishes status for every certificate it signs, the root included, does: a
   * relying party that checks revocation along the whole chain ({@code openssl verify
   * -crl_check_all -crl_download}) then finds the root's CRL too.
   */
  public X509Certificate issueRoot(
      CertificateSpec spec, KeyPair rootKeys, URI crlDistributionPoint, URI ocspResponder) {
    if (spec.profile() != CertificateProfile.ROOT) {
      throw new IllegalArgumentException("issueRoot needs a ROOT spec, not " + spec.profile());
    }
    if (!java.util.Arrays.equals(
        rootKeys.getPublic().getEncoded(), spec.publicKey().getEncoded())) {
      throw new IllegalArgumentException("the key pair does not match the spec's public key");
    }
    Instant notBefore = now();
    Instant notAfter = notBefore.plus(spec.validity());
    byte[] ski = KeyIdentifiers.of(spec.publicKey());
    return build(
        spec,
        spec.subject(),
        notBefore,
        notAfter,
        ski,
        null,
        rootKeys.getPrivate(),
        crlDistributionPoint,
        ocspResponder);
  }

  /** Issues {@code spec} under {@code issuer}, which must be a CA allowed to issue that profile. */
  public X509Certificate issue(CertificateSpec spec, CaCredential issuer) {
    SetCertificateInfo ca = SetCertificateInfo.of(issuer.certificate());
    CertificateProfile caProfile =
        ca.profile()
            .orElseThrow(() -> new IllegalArgumentException("issuer has no AgentSET profile"));
    if (!spec.profile().allowedIssuers().contains(caProfile)) {
      throw new IllegalArgumentException(spec.profile() + " cannot be issued by " + caProfile);
    }
    Instant notBefore = now();
    Instant notAfter = notBefore.plus(spec.validity());
    if (spec.notAfterLimit() != null && notAfter.isAfter(spec.notAfterLimit())) {
      notAfter = spec.notAfterLimit();
    }
    Instant caNotAfter = issuer.certificate().getNotAfter().toInstant();
    if (notAfter.isAfter(caNotAfter)) {
      throw new IllegalArgumentException(
          "validity would outlast the issuing CA (" + caNotAfter + ")");
    }
    if (!notAfter.isAfter(notBefore)) {
      throw new IllegalArgumentException(
          "notAfter " + notAfter + " is not after notBefore " + notBefore);
    }
    return build(
        spec,
        X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
        notBefore,
        notAfter,
        KeyIdentifiers.of(spec.publicKey()),
        issuer,
        issuer.privateKey(),
        issuer.crlUri().orElse(null),
        issuer.ocspUri().orElse(null));
  }

  private X509Certificate build(
      CertificateSpec spec,
      X500Name issuerName,
      Instant notBefore,
      Instant notAfter,
      byte[] ski,
      CaCredential issuer,
      PrivateKey signingKey,
      URI crl,
      URI ocsp) {
    checkKey(spec);
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(spec.publicKey().getEncoded());
    X509v3CertificateBuilder b =
        new X509v3CertificateBuilder(
            issuerName, serial(), Date.from(notBefore), Date.from(notAfter), spec.subject(), spki);
    CertificateProfile p = spec.profile();
    try {
      if (p.entity() != null) {
        b.addExtension(SetCertObjectIdentifiers.CERTIFICATE_TYPE, false, p.certificateType());
      } else {
        b.addExtension(
            SetCertObjectIdentifiers.AGENT_CERTIFICATE_TYPE,
            false,
            new AgentCertificateType(p.agentRole()));
      }
      b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(p.purpose(), spec)));
      b.addExtension(
          Extension.basicConstraints,
          true,
          p.isCa() ? new BasicConstraints(spec.pathLength()) : new BasicConstraints(false));
      b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(ski));
      if (issuer != null) {
        byte[] issuerSki = SetCertificateInfo.of(issuer.certificate()).subjectKeyId();
        byte[] akid =
            issuerSki != null ? issuerSki : KeyIdentifiers.of(issuer.certificate().getPublicKey());
        b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(akid));
      }
      if (crl != null) {
        GeneralNames uri =
            new GeneralNames(
                new GeneralName(
                    GeneralName.uniformResourceIdentifier, new DERIA5String(crl.toString())));
        b.addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(new DistributionPointName(uri), null, null)
                }));
      }
      if (ocsp != null) {
        b.addExtension(
            Extension.authorityInfoAccess,
            false,
            new AuthorityInformationAccess(
                X509ObjectIdentifiers.id_ad_ocsp,
                new GeneralName(
                    GeneralName.uniformResourceIdentifier, new DERIA5String(ocsp.toString()))));
      }
      b.addExtension(Extension.certificatePolicies, true, policies(spec));
      addOptional(
          b,
          SetCertObjectIdentifiers.HASHED_ROOT_KEY,
          spec.nextRootKey() == null
              ? null
              : HashedRootKey.forNextRootKey(
                  SubjectPublicKeyInfo.getInstance(spec.nextRootKey().getEncoded())));
      addOptional(b, SetCertObjectIdentifiers.MERCHANT_DATA, spec.merchantData());
      addOptional(b, SetCertObjectIdentifiers.CARD_CERT_REQUIRED, spec.cardCertRequired());
      addOptional(b, SetCertObjectIdentifiers.TUNNELING, spec.tunneling());
    } catch (CertIOException e) {
      throw new IllegalStateException("cannot encode an extension", e);
    }
    SignatureScheme scheme =
        issuer == null ? SignatureScheme.forKey(spec.publicKey()) : issuer.scheme();
    try {
      return new JcaX509CertificateConverter()
          .setProvider(provider)
          .getCertificate(b.build(scheme.signer(signingKey, provider)));
    } catch (CertificateException e) {
      throw new IllegalStateException("cannot convert the certificate", e);
    }
  }

  private static void addOptional(
      X509v3CertificateBuilder b, ASN1ObjectIdentifier oid, ASN1Encodable value)
      throws CertIOException {
    if (value != null) {
      b.addExtension(oid, false, value);
    }
  }

  private CertificatePolicies policies(CertificateSpec spec) {
    SetPolicyQualifier qualifier = new SetPolicyQualifier(rootQualifier, spec.additionalPolicies());
    List<PolicyInformation> list = new ArrayList<>();
    list.add(
        new PolicyInformation(
            SetCertObjectIdentifiers.SET_POLICY_ROOT,
            new org.bouncycastle.asn1.DERSequence(
                new PolicyQualifierInfo(SetCertObjectIdentifiers.SET_QUALIFIER, qualifier))));
    if (spec.profile().agentRole() != null) {
      list.add(new PolicyInformation(SetCertObjectIdentifiers.AGENT_POLICY));
    }
    return new CertificatePolicies(list.toArray(new PolicyInformation[0]));
  }

  private static int keyUsage(KeyPurpose purpose, CertificateSpec spec) {
    return switch (purpose) {
      case CERTIFICATE_SIGNING -> KeyUsage.keyCertSign | KeyUsage.cRLSign;
      case SIGNATURE -> KeyUsage.digitalSignature;
      case KEY_EXCHANGE ->
          spec.publicKey() instanceof RSAPublicKey
                  || spec.publicKey().getAlgorithm().startsWith("ML-KEM")
              ? KeyUsage.keyEncipherment
              : KeyUsage.keyAgreement;
      case COMMUNICATION ->
          KeyUsage.digitalSignature
              | (spec.publicKey() instanceof RSAPublicKey
                  ? KeyUsage.keyEncipherment
                  : KeyUsage.keyAgreement);
    };
  }

  /** Refuses keys outside the suites ({@link KeyPolicy}). */
  private static void checkKey(CertificateSpec spec) {
    KeyPolicy.problem(spec.publicKey(), spec.profile().purpose())
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  private BigInteger serial() {
    byte[] bytes = new byte[16];
    BigInteger serial;
    do {
      random.nextBytes(bytes);
      bytes[0] &= 0x7f;
      serial = new BigInteger(1, bytes);
    } while (serial.signum() == 0);
    return serial;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
