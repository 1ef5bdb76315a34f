package org.agentset.ca.hierarchy;

import java.time.Duration;
import java.util.Optional;
import org.agentset.set.cert.CertificateProfile;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The CAs of AgentSET's hierarchy, in creation order (every parent before its children): SET's
 * root, brand, geo-political, cardholder, merchant and payment-gateway CAs (SET-PROTOCOL.md §1.1),
 * plus the communication-certificate CA that certifies wallets and customer agents.
 *
 * <p>The short name is the CA's public identifier: {@code /ca/pki/crl/<name>.crl}. The cardholder,
 * merchant and gateway CAs hold SET's three keys — certificate signing, message signing and key
 * exchange — the latter two certified by the geo-political CA under the {@code *_CA_SIGNATURE} /
 * {@code *_CA_KEY_EXCHANGE} profiles; the upper tiers and the communication CA only sign
 * certificates and CRLs. Validities shrink down the tree so that nothing outlives its issuer.
 */
public enum CaName {
  ROOT("root", null, CertificateProfile.ROOT, "AgentSET", "AgentSET Root CA", 20),
  BRAND("brand", ROOT, CertificateProfile.BRAND, "AgentCard", "AgentCard Brand CA", 15),
  GEO(
      "geo",
      BRAND,
      CertificateProfile.GEO_POLITICAL,
      "AgentCard",
      "AgentCard Europe Geo-political CA",
      12),
  CARDHOLDER(
      "cardholder",
      GEO,
      CertificateProfile.CARDHOLDER_CA,
      "AgentCard",
      "AgentCard Cardholder CA",
      8),
  MERCHANT(
      "merchant", GEO, CertificateProfile.MERCHANT_CA, "AgentCard", "AgentCard Merchant CA", 8),
  GATEWAY(
      "gateway",
      GEO,
      CertificateProfile.GATEWAY_CA,
      "AgentCard",
      "AgentCard Payment Gateway CA",
      8),
  COMMUNICATION(
      "communication",
      GEO,
      CertificateProfile.CARDHOLDER_CA,
      "AgentSET",
      "AgentSET Communication CA",
      8);

  /** The SET brand this hierarchy serves (the BrandCRLIdentifier's brandID). */
  public static final String BRAND_ID = "AgentCard";

  /** Validity of a CA's message-signing and key-exchange certificates. */
  public static final Duration MESSAGE_KEY_VALIDITY = Duration.ofDays(3 * 365);

  private final String id;
  private final CaName parent;
  private final CertificateProfile profile;
  private final String organisation;
  private final String commonName;
  private final int years;

  CaName(
      String id,
      CaName parent,
      CertificateProfile profile,
      String organisation,
      String commonName,
      int years) {
    this.id = id;
    this.parent = parent;
    this.profile = profile;
    this.organisation = organisation;
    this.commonName = commonName;
    this.years = years;
  }

  /** The public short name ({@code merchant}, ...). */
  public String id() {
    return id;
  }

  /** The CA that certifies this one; empty for the root. */
  public Optional<CaName> parent() {
    return Optional.ofNullable(parent);
  }

  public CertificateProfile profile() {
    return profile;
  }

  /** The subject of every certificate this CA holds: {@code C=NL, O=<org>, CN=<name>}. */
  public X500Name subject() {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "NL")
        .addRDN(BCStyle.O, organisation)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  public String commonName() {
    return commonName;
  }

  /** Validity of the CA certificate. */
  public Duration validity() {
    return Duration.ofDays(years * 365L + years / 4);
  }

  /** Whether this CA also holds SET message-signing and key-exchange keys. */
  public boolean hasMessageKeys() {
    return this == CARDHOLDER || this == MERCHANT || this == GATEWAY;
  }

  /** The profile of this CA's message-signing certificate. */
  public CertificateProfile messageProfile() {
    return switch (this) {
      case CARDHOLDER -> CertificateProfile.CARDHOLDER_CA_SIGNATURE;
      case MERCHANT -> CertificateProfile.MERCHANT_CA_SIGNATURE;
      case GATEWAY -> CertificateProfile.GATEWAY_CA_SIGNATURE;
      default -> throw new IllegalStateException(this + " has no message-signing key");
    };
  }

  /** The profile of this CA's key-exchange certificate. */
  public CertificateProfile exchangeProfile() {
    return switch (this) {
      case CARDHOLDER -> CertificateProfile.CARDHOLDER_CA_KEY_EXCHANGE;
      case MERCHANT -> CertificateProfile.MERCHANT_CA_KEY_EXCHANGE;
      case GATEWAY -> CertificateProfile.GATEWAY_CA_KEY_EXCHANGE;
      default -> throw new IllegalStateException(this + " has no key-exchange key");
    };
  }

  /** The CA whose short name is {@code id}, if any. */
  public static Optional<CaName> byId(String id) {
    for (CaName n : values()) {
      if (n.id.equals(id)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
