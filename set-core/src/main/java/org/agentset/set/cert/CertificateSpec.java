package org.agentset.set.cert;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.cert.AdditionalPolicy;
import org.agentset.set.asn1.cert.CardCertRequired;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.asn1.cert.Tunneling;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * What to certify: profile, subject, key, validity and the profile's own extension values. One
 * static factory per SET certificate type says which values each type needs; {@link
 * SetCertificateIssuer} adds everything the profile fixes (keyUsage, basicConstraints, policies,
 * key identifiers, certificateType).
 *
 * <p>Mutable builder; not thread-safe. Default validity: {@value #DEFAULT_DAYS} days from the
 * issuer's clock.
 */
public final class CertificateSpec {

  /** Default validity in days when none is given. */
  public static final long DEFAULT_DAYS = 365;

  private final CertificateProfile profile;
  private final X500Name subject;
  private final PublicKey publicKey;
  private Duration validity = Duration.ofDays(DEFAULT_DAYS);
  private Instant notAfterLimit;
  private int pathLength;
  private PublicKey nextRootKey;
  private MerchantData merchantData;
  private CardCertRequired cardCertRequired;
  private Tunneling tunneling;
  private AdditionalPolicy additionalPolicy;

  private CertificateSpec(CertificateProfile profile, X500Name subject, PublicKey publicKey) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.pathLength = profile.pathLength();
  }

  /** A spec for any profile; prefer the named factories, which demand the profile's data. */
  public static CertificateSpec of(CertificateProfile profile, X500Name subject, PublicKey key) {
    if (profile == CertificateProfile.ROOT
        || profile == CertificateProfile.CARDHOLDER
        || profile == CertificateProfile.MERCHANT_SIGNATURE
        || profile == CertificateProfile.MERCHANT_KEY_EXCHANGE) {
      throw new IllegalArgumentException(
          profile + " needs its own factory (it carries extra data)");
    }
    return new CertificateSpec(profile, subject, key);
  }

  /** The root: self-signed, committing to {@code nextRootKey} in hashedRootKey. */
  public static CertificateSpec root(X500Name subject, PublicKey key, PublicKey nextRootKey) {
    CertificateSpec s = new CertificateSpec(CertificateProfile.ROOT, subject, key);
    s.nextRootKey = Objects.requireNonNull(nextRootKey, "nextRootKey");
    if (nextRootKey.equals(key)) {
      throw new IllegalArgumentException("the next root key must differ from the current one");
    }
    return s;
  }

  public static CertificateSpec brand(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.BRAND, subject, key);
  }

  public static CertificateSpec geoPolitical(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.GEO_POLITICAL, subject, key);
  }

  public static CertificateSpec cardholderCa(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.CARDHOLDER_CA, subject, key);
  }

  public static CertificateSpec merchantCa(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.MERCHANT_CA, subject, key);
  }

  public static CertificateSpec gatewayCa(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.GATEWAY_CA, subject, key);
  }

  /**
   * A cardholder signature certificate. The subject is {@code CN=<identity hex>, OU=SET Cardholder,
   * O=<brand>}, with no PAN; its notAfter never passes the end of {@code cardExpiry}.
   */
  public static CertificateSpec cardholder(
      PanIdentity identity, String brand, PublicKey key, YearMonth cardExpiry) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, brand)
            .addRDN(BCStyle.OU, "SET Cardholder")
            .addRDN(BCStyle.CN, identity.toCommonName())
            .build();
    CertificateSpec s = new CertificateSpec(CertificateProfile.CARDHOLDER, subject, key);
    s.notAfterLimit = cardExpiry.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return s;
  }

  public static CertificateSpec merchantSignature(
      X500Name subject, PublicKey key, MerchantData data) {
    CertificateSpec s = new CertificateSpec(CertificateProfile.MERCHANT_SIGNATURE, subject, key);
    s.merchantData = Objects.requireNonNull(data, "merchantData");
    return s;
  }

  public static CertificateSpec merchantKeyExchange(
      X500Name subject, PublicKey key, MerchantData data) {
    CertificateSpec s = new CertificateSpec(CertificateProfile.MERCHANT_KEY_EXCHANGE, subject, key);
    s.merchantData = Objects.requireNonNull(data, "merchantData");
    return s;
  }

  /** A gateway signature certificate, saying whether cardholder certificates are required. */
  public static CertificateSpec gatewaySignature(
      X500Name subject, PublicKey key, boolean cardCertRequired) {
    CertificateSpec s = new CertificateSpec(CertificateProfile.GATEWAY_SIGNATURE, subject, key);
    s.cardCertRequired = new CardCertRequired(cardCertRequired);
    return s;
  }

  /** A gateway key-exchange certificate, optionally announcing tunnelling (null for none). */
  public static CertificateSpec gatewayKeyExchange(
      X500Name subject, PublicKey key, Tunneling tunneling) {
    CertificateSpec s = new CertificateSpec(CertificateProfile.GATEWAY_KEY_EXCHANGE, subject, key);
    s.tunneling = tunneling;
    return s;
  }

  /**
   * A CA's own message-signing or key-exchange certificate ({@code *_CA_SIGNATURE}/{@code
   * *_KEY_EXCHANGE}).
   */
  public static CertificateSpec caMessageKey(
      CertificateProfile profile, X500Name subject, PublicKey key) {
    if (profile.isCa() || !profile.name().contains("_CA_")) {
      throw new IllegalArgumentException(profile + " is not a CA message-key profile");
    }
    return new CertificateSpec(profile, subject, key);
  }

  /** An AgentSET wallet communication certificate. */
  public static CertificateSpec wallet(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.WALLET, subject, key);
  }

  /** An AgentSET customer-agent communication certificate. */
  public static CertificateSpec customerAgent(X500Name subject, PublicKey key) {
    return new CertificateSpec(CertificateProfile.CUSTOMER_AGENT, subject, key);
  }

  /** Validity from the issuer's clock. */
  public CertificateSpec validity(Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("validity must be positive");
    }
    this.validity = validity;
    return this;
  }

  /** Tightens the CA's pathLenConstraint below the profile's (e.g. a brand without geo CAs). */
  public CertificateSpec pathLength(int pathLength) {
    if (!profile.isCa() || pathLength < 0 || pathLength > profile.pathLength()) {
      throw new IllegalArgumentException(
          "path length may only tighten a CA profile's " + profile.pathLength());
    }
    this.pathLength = pathLength;
    return this;
  }

  /** A policy this CA level adds to the SET policy qualifier. */
  public CertificateSpec additionalPolicy(AdditionalPolicy policy) {
    this.additionalPolicy = policy;
    return this;
  }

  public CertificateProfile profile() {
    return profile;
  }

  public X500Name subject() {
    return subject;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  Duration validity() {
    return validity;
  }

  Instant notAfterLimit() {
    return notAfterLimit;
  }

  int pathLength() {
    return pathLength;
  }

  PublicKey nextRootKey() {
    return nextRootKey;
  }

  MerchantData merchantData() {
    return merchantData;
  }

  CardCertRequired cardCertRequired() {
    return cardCertRequired;
  }

  Tunneling tunneling() {
    return tunneling;
  }

  List<AdditionalPolicy> additionalPolicies() {
    return additionalPolicy == null ? List.of() : List.of(additionalPolicy);
  }
}
