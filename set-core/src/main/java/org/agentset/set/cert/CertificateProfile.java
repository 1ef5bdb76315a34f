package org.agentset.set.cert;

import java.util.EnumSet;
import java.util.Set;
import org.agentset.set.asn1.cert.AgentCertificateType;
import org.agentset.set.asn1.cert.CertificateType;
import org.agentset.set.asn1.cert.CertificateType.Entity;

/**
 * Every kind of certificate in the AgentSET hierarchy, with the rules both the issuer and the path
 * validator apply: the SET entity it is for, CA or end entity, the longest path below it, what its
 * key may do, which profiles may issue it, and whether its issuer publishes CRLs.
 *
 * <pre>
 *   ROOT ─ BRAND ─ [GEO_POLITICAL] ─┬ CARDHOLDER_CA ─ CARDHOLDER, WALLET, CUSTOMER_AGENT
 *                                   ├ MERCHANT_CA   ─ MERCHANT_SIGNATURE, MERCHANT_KEY_EXCHANGE
 *                                   ├ GATEWAY_CA    ─ GATEWAY_SIGNATURE, GATEWAY_KEY_EXCHANGE
 *                                   └ *_CA_SIGNATURE, *_CA_KEY_EXCHANGE (a CA's message keys)
 * </pre>
 *
 * <p>Path lengths follow the SET CA profile in SET-PROTOCOL.md §1.2 (RCA 3, BCA 2, GCA 1,
 * CCA/MCA/PCA 0). A SET CA holds three keys (Isabelle model, §1.1): certificate signing (the {@code
 * *_CA} profiles), message signing and key exchange (the {@code *_CA_SIGNATURE} / {@code
 * *_CA_KEY_EXCHANGE} end-entity profiles, issued by the CA's parent). Wallet and customer-agent
 * certificates are AgentSET's, identified by {@link AgentCertificateType}, issued by the cardholder
 * CA; a wallet's key both signs and receives payment starts ({@link KeyPurpose#COMMUNICATION}).
 * Cardholder CAs publish no CRL: "a cardholder certificate is revoked by revoking the card" (§1.4);
 * every other CA does.
 */
public enum CertificateProfile {
  ROOT(Entity.RCA, null, true, 3, KeyPurpose.CERTIFICATE_SIGNING),
  BRAND(Entity.BCA, null, true, 2, KeyPurpose.CERTIFICATE_SIGNING),
  GEO_POLITICAL(Entity.GCA, null, true, 1, KeyPurpose.CERTIFICATE_SIGNING),
  CARDHOLDER_CA(Entity.CCA, null, true, 0, KeyPurpose.CERTIFICATE_SIGNING),
  MERCHANT_CA(Entity.MCA, null, true, 0, KeyPurpose.CERTIFICATE_SIGNING),
  GATEWAY_CA(Entity.PCA, null, true, 0, KeyPurpose.CERTIFICATE_SIGNING),
  CARDHOLDER_CA_SIGNATURE(Entity.CCA, null, false, -1, KeyPurpose.SIGNATURE),
  CARDHOLDER_CA_KEY_EXCHANGE(Entity.CCA, null, false, -1, KeyPurpose.KEY_EXCHANGE),
  MERCHANT_CA_SIGNATURE(Entity.MCA, null, false, -1, KeyPurpose.SIGNATURE),
  MERCHANT_CA_KEY_EXCHANGE(Entity.MCA, null, false, -1, KeyPurpose.KEY_EXCHANGE),
  GATEWAY_CA_SIGNATURE(Entity.PCA, null, false, -1, KeyPurpose.SIGNATURE),
  GATEWAY_CA_KEY_EXCHANGE(Entity.PCA, null, false, -1, KeyPurpose.KEY_EXCHANGE),
  CARDHOLDER(Entity.CARD, null, false, -1, KeyPurpose.SIGNATURE),
  MERCHANT_SIGNATURE(Entity.MER, null, false, -1, KeyPurpose.SIGNATURE),
  MERCHANT_KEY_EXCHANGE(Entity.MER, null, false, -1, KeyPurpose.KEY_EXCHANGE),
  GATEWAY_SIGNATURE(Entity.PGWY, null, false, -1, KeyPurpose.SIGNATURE),
  GATEWAY_KEY_EXCHANGE(Entity.PGWY, null, false, -1, KeyPurpose.KEY_EXCHANGE),
  WALLET(null, AgentCertificateType.Role.WALLET, false, -1, KeyPurpose.COMMUNICATION),
  CUSTOMER_AGENT(null, AgentCertificateType.Role.CUSTOMER_AGENT, false, -1, KeyPurpose.SIGNATURE);

  private final Entity entity;
  private final AgentCertificateType.Role agentRole;
  private final boolean ca;
  private final int pathLength;
  private final KeyPurpose purpose;

  CertificateProfile(
      Entity entity,
      AgentCertificateType.Role agentRole,
      boolean ca,
      int pathLength,
      KeyPurpose purpose) {
    this.entity = entity;
    this.agentRole = agentRole;
    this.ca = ca;
    this.pathLength = pathLength;
    this.purpose = purpose;
  }

  /**
   * The SET entity named in {@code certificateType}, or null for AgentSET communication
   * certificates.
   */
  public Entity entity() {
    return entity;
  }

  /** The AgentSET role, or null for SET certificates. */
  public AgentCertificateType.Role agentRole() {
    return agentRole;
  }

  /** Whether this is a CA (certificate-signing) certificate. */
  public boolean isCa() {
    return ca;
  }

  /** The basicConstraints pathLenConstraint (CA profiles only; -1 for end entities). */
  public int pathLength() {
    return pathLength;
  }

  public KeyPurpose purpose() {
    return purpose;
  }

  /** The {@code certificateType} value for SET profiles. */
  public CertificateType certificateType() {
    if (entity == null) {
      throw new IllegalStateException(this + " is not a SET certificate");
    }
    return new CertificateType(entity);
  }

  /** The profiles whose certificates may issue this one (empty for the self-signed root). */
  public Set<CertificateProfile> allowedIssuers() {
    return switch (this) {
      case ROOT -> EnumSet.noneOf(CertificateProfile.class);
      case BRAND -> EnumSet.of(ROOT);
      case GEO_POLITICAL -> EnumSet.of(BRAND);
      case CARDHOLDER_CA,
          MERCHANT_CA,
          GATEWAY_CA,
          CARDHOLDER_CA_SIGNATURE,
          CARDHOLDER_CA_KEY_EXCHANGE,
          MERCHANT_CA_SIGNATURE,
          MERCHANT_CA_KEY_EXCHANGE,
          GATEWAY_CA_SIGNATURE,
          GATEWAY_CA_KEY_EXCHANGE ->
          EnumSet.of(BRAND, GEO_POLITICAL);
      case CARDHOLDER, WALLET, CUSTOMER_AGENT -> EnumSet.of(CARDHOLDER_CA);
      case MERCHANT_SIGNATURE, MERCHANT_KEY_EXCHANGE -> EnumSet.of(MERCHANT_CA);
      case GATEWAY_SIGNATURE, GATEWAY_KEY_EXCHANGE -> EnumSet.of(GATEWAY_CA);
    };
  }

  /**
   * Whether SET path validation requires a CRL from a CA of this profile: every CA but the
   * cardholder CA, whose certificates SET revokes by revoking the card. (AgentSET's cardholder CAs
   * may still publish a CRL for standard tools and communication certificates; see {@link
   * SetCrlIssuer}.)
   */
  public boolean issuesCrls() {
    return ca && this != CARDHOLDER_CA;
  }

  /**
   * The profile a certificate with these properties claims to be. The key purpose only chooses
   * between an entity's signature and key-exchange profiles; whether the keyUsage really fits the
   * profile is checked separately, so that a wrong keyUsage is reported as such.
   *
   * @param type the decoded {@code certificateType}, or null
   * @param agentType the decoded AgentSET type, or null
   * @param isCa basicConstraints cA
   * @param purpose what the keyUsage allows (null when it matches no purpose)
   * @return the profile, or null when the combination is not one AgentSET issues
   */
  public static CertificateProfile classify(
      CertificateType type, AgentCertificateType agentType, boolean isCa, KeyPurpose purpose) {
    if ((type == null) == (agentType == null)) {
      return null;
    }
    CertificateProfile first = null;
    for (CertificateProfile p : values()) {
      boolean kindMatches =
          type != null
              ? p.entity != null && type.isOnly(p.entity)
              : p.agentRole == agentType.role();
      if (kindMatches && p.ca == isCa) {
        if (p.purpose == purpose) {
          return p;
        }
        if (first == null) {
          first = p;
        }
      }
    }
    return first;
  }
}
