package org.agentset.set.cert;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Function;
import org.agentset.set.asn1.cert.AgentCertificateType;
import org.agentset.set.asn1.cert.CardCertRequired;
import org.agentset.set.asn1.cert.CertificateType;
import org.agentset.set.asn1.cert.HashedRootKey;
import org.agentset.set.asn1.cert.MalformedCertExtensionException;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.agentset.set.asn1.cert.Tunneling;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A certificate with its SET-relevant extensions decoded once, strictly: the SET and AgentSET
 * private extensions, basicConstraints, keyUsage (reduced to a {@link KeyPurpose}), the key
 * identifiers and the SET policy. {@link #profile()} is what the certificate claims to be; whether
 * it is allowed where it stands is {@link SetPathValidator}'s business.
 */
public final class SetCertificateInfo {

  private final X509Certificate certificate;
  private final X509CertificateHolder holder;
  private final CertificateType certificateType;
  private final AgentCertificateType agentType;
  private final HashedRootKey hashedRootKey;
  private final MerchantData merchantData;
  private final CardCertRequired cardCertRequired;
  private final Tunneling tunneling;
  private final BasicConstraints basicConstraints;
  private final KeyPurpose purpose;
  private final byte[] subjectKeyId;
  private final byte[] authorityKeyId;
  private final boolean setPolicy;
  private final CertificateProfile profile;

  private SetCertificateInfo(X509Certificate certificate) {
    this.certificate = certificate;
    try {
      this.holder = new X509CertificateHolder(certificate.getEncoded());
    } catch (CertificateEncodingException | IOException e) {
      throw new MalformedCertExtensionException("certificate", "not DER", e);
    }
    this.certificateType =
        set(SetCertObjectIdentifiers.CERTIFICATE_TYPE, CertificateType::fromExtensionValue);
    this.agentType =
        set(
            SetCertObjectIdentifiers.AGENT_CERTIFICATE_TYPE,
            AgentCertificateType::fromExtensionValue);
    this.hashedRootKey =
        set(SetCertObjectIdentifiers.HASHED_ROOT_KEY, HashedRootKey::fromExtensionValue);
    this.merchantData =
        set(SetCertObjectIdentifiers.MERCHANT_DATA, MerchantData::fromExtensionValue);
    this.cardCertRequired =
        set(SetCertObjectIdentifiers.CARD_CERT_REQUIRED, CardCertRequired::fromExtensionValue);
    this.tunneling = set(SetCertObjectIdentifiers.TUNNELING, Tunneling::fromExtensionValue);
    this.basicConstraints =
        standard(Extension.basicConstraints, "basicConstraints", BasicConstraints::getInstance);
    KeyUsage keyUsage = standard(Extension.keyUsage, "keyUsage", KeyUsage::getInstance);
    this.purpose =
        keyUsage == null ? null : purposeOf(keyUsage, KeyPolicy.algorithmOf(certificate));
    SubjectKeyIdentifier ski =
        standard(
            Extension.subjectKeyIdentifier,
            "subjectKeyIdentifier",
            SubjectKeyIdentifier::getInstance);
    this.subjectKeyId = ski == null ? null : ski.getKeyIdentifier();
    AuthorityKeyIdentifier aki =
        standard(
            Extension.authorityKeyIdentifier,
            "authorityKeyIdentifier",
            AuthorityKeyIdentifier::getInstance);
    this.authorityKeyId = aki == null ? null : aki.getKeyIdentifier();
    CertificatePolicies policies =
        standard(
            Extension.certificatePolicies, "certificatePolicies", CertificatePolicies::getInstance);
    this.setPolicy =
        policies != null
            && policies.getPolicyInformation(SetCertObjectIdentifiers.SET_POLICY_ROOT) != null;
    this.profile = CertificateProfile.classify(certificateType, agentType, isCa(), purpose);
  }

  /**
   * Decodes {@code certificate}'s extensions.
   *
   * @throws MalformedCertExtensionException naming the first malformed extension field
   */
  public static SetCertificateInfo of(X509Certificate certificate) {
    return new SetCertificateInfo(certificate);
  }

  private <T> T set(ASN1ObjectIdentifier oid, Function<byte[], T> decoder) {
    Extension ext = holder.getExtension(oid);
    return ext == null ? null : decoder.apply(ext.getExtnValue().getOctets());
  }

  private <T> T standard(ASN1ObjectIdentifier oid, String field, Function<Object, T> decoder) {
    Extension ext = holder.getExtension(oid);
    if (ext == null) {
      return null;
    }
    try {
      return decoder.apply(
          org.agentset.set.asn1.cert.StrictDer.parse(ext.getExtnValue().getOctets(), field));
    } catch (MalformedCertExtensionException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new MalformedCertExtensionException(field, "malformed: " + e.getMessage(), e);
    }
  }

  static KeyPurpose purposeOf(KeyUsage usage, String keyAlgorithm) {
    int bits = usage.getBytes().length == 0 ? 0 : usage.getBytes()[0] & 0xff;
    if (usage.getBytes().length > 1) {
      return null; // encipherOnly/decipherOnly are never used in SET
    }
    boolean rsaLike = keyAlgorithm.toUpperCase(java.util.Locale.ROOT).matches("RSA|ML-KEM.*");
    if (bits == (KeyUsage.keyCertSign | KeyUsage.cRLSign)) {
      return KeyPurpose.CERTIFICATE_SIGNING;
    }
    if (bits == KeyUsage.digitalSignature) {
      return KeyPurpose.SIGNATURE;
    }
    if ((bits == KeyUsage.keyEncipherment && rsaLike)
        || (bits == KeyUsage.keyAgreement && !rsaLike)) {
      return KeyPurpose.KEY_EXCHANGE;
    }
    if ((bits == (KeyUsage.digitalSignature | KeyUsage.keyEncipherment) && rsaLike)
        || (bits == (KeyUsage.digitalSignature | KeyUsage.keyAgreement) && !rsaLike)) {
      return KeyPurpose.COMMUNICATION;
    }
    return null;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The Bouncy Castle view of the same certificate. */
  public X509CertificateHolder holder() {
    return holder;
  }

  /** What the certificate claims to be, or empty when no AgentSET profile fits. */
  public Optional<CertificateProfile> profile() {
    return Optional.ofNullable(profile);
  }

  public Optional<CertificateType> certificateType() {
    return Optional.ofNullable(certificateType);
  }

  public Optional<AgentCertificateType> agentCertificateType() {
    return Optional.ofNullable(agentType);
  }

  public Optional<HashedRootKey> hashedRootKey() {
    return Optional.ofNullable(hashedRootKey);
  }

  public Optional<MerchantData> merchantData() {
    return Optional.ofNullable(merchantData);
  }

  public Optional<CardCertRequired> cardCertRequired() {
    return Optional.ofNullable(cardCertRequired);
  }

  public Optional<Tunneling> tunneling() {
    return Optional.ofNullable(tunneling);
  }

  /** basicConstraints cA. */
  public boolean isCa() {
    return basicConstraints != null && basicConstraints.isCA();
  }

  /** Whether a basicConstraints extension is present at all. */
  public boolean hasBasicConstraints() {
    return basicConstraints != null;
  }

  /** The pathLenConstraint, or -1 when absent. */
  public int pathLength() {
    return basicConstraints == null || basicConstraints.getPathLenConstraint() == null
        ? -1
        : basicConstraints.getPathLenConstraint().intValueExact();
  }

  /** What the keyUsage allows, or empty when it is absent or fits no SET purpose. */
  public Optional<KeyPurpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  /** The subjectKeyIdentifier, or null. */
  public byte[] subjectKeyId() {
    return subjectKeyId == null ? null : subjectKeyId.clone();
  }

  /** The authorityKeyIdentifier's keyIdentifier, or null. */
  public byte[] authorityKeyId() {
    return authorityKeyId == null ? null : authorityKeyId.clone();
  }

  /** Whether certificatePolicies names {@code set-policy-root}. */
  public boolean hasSetPolicy() {
    return setPolicy;
  }
}
