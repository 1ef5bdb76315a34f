package org.agentset.set.asn1.cert;

import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * AgentSET's communication-certificate type ({@link
 * SetCertObjectIdentifiers#AGENT_CERTIFICATE_TYPE}): the role of a certificate that is not one of
 * SET's entities. A wallet authenticates itself to the Agent Negotiation Server with one; a
 * customer agent signs its negotiation messages with one. Such a certificate never signs SET
 * payment messages, which is why it carries this extension instead of SET's {@code
 * certificateType}.
 *
 * <pre>
 * AgentCertificateType ::= ENUMERATED { wallet (0), customerAgent (1) }
 * </pre>
 */
public final class AgentCertificateType extends ASN1Object {

  /** The roles. */
  public enum Role {
    WALLET,
    CUSTOMER_AGENT
  }

  private static final String FIELD = "agentCertificateType";

  private final Role role;

  /** The type for {@code role}. */
  public AgentCertificateType(Role role) {
    if (role == null) {
      throw new MalformedCertExtensionException(FIELD, "role is null");
    }
    this.role = role;
  }

  /** Converts an {@link AgentCertificateType} or an ENUMERATED. */
  public static AgentCertificateType getInstance(Object obj) {
    if (obj instanceof AgentCertificateType t) {
      return t;
    }
    if (obj instanceof ASN1Enumerated e) {
      if (e.getValue().signum() < 0
          || e.getValue().compareTo(java.math.BigInteger.valueOf(Role.values().length)) >= 0) {
        throw new MalformedCertExtensionException(FIELD, "unknown role " + e.getValue());
      }
      return new AgentCertificateType(Role.values()[e.intValueExact()]);
    }
    if (obj != null) {
      throw new MalformedCertExtensionException(FIELD, "not an ENUMERATED");
    }
    return null;
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static AgentCertificateType fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public Role role() {
    return role;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new ASN1Enumerated(role.ordinal());
  }
}
