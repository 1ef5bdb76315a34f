package org.agentset.set.reg;

import static org.agentset.set.asn1.SetObjectIdentifiers.AGENTSET_CONTENT_TYPES;
import static org.agentset.set.asn1.SetObjectIdentifiers.CONTENT_TYPES;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The content types of the registration envelopes: SET's own TBE types (registered by SETCo under
 * 2.23.42.0, each checked with {@code openssl asn1parse -genstr OID:2.23.42.0.n}) and one AgentSET
 * addition for the extra-encrypted AcctInfo of an EncX CertReq.
 */
public final class RegIdentifiers {

  /** {@code setct-RegFormReqTBE} 2.23.42.0.76: the EXH of RegFormReq. */
  public static final ASN1ObjectIdentifier REG_FORM_REQ_TBE = CONTENT_TYPES.branch("76");

  /** {@code setct-CertReqTBE} 2.23.42.0.77: the Enc of a merchant's or gateway's CertReq. */
  public static final ASN1ObjectIdentifier CERT_REQ_TBE = CONTENT_TYPES.branch("77");

  /** {@code setct-CertReqTBEX} 2.23.42.0.78: the EncX of a cardholder's CertReq. */
  public static final ASN1ObjectIdentifier CERT_REQ_TBEX = CONTENT_TYPES.branch("78");

  /** {@code setct-CertResTBE} 2.23.42.0.79: the EncK of a cardholder's CertRes. */
  public static final ASN1ObjectIdentifier CERT_RES_TBE = CONTENT_TYPES.branch("79");

  /** AgentSET registration content types: {@code AGENTSET.2.101}. */
  public static final ASN1ObjectIdentifier AGENTSET_REG_CONTENT_TYPES =
      AGENTSET_CONTENT_TYPES.branch("101");

  /**
   * {@code AGENTSET.2.101.1}: the type named by the link digest {@code DD(AcctInfo)} of an EncX
   * CertReq (SET names no content type for AcctInfo).
   */
  public static final ASN1ObjectIdentifier ACCT_INFO = AGENTSET_REG_CONTENT_TYPES.branch("1");

  private RegIdentifiers() {}
}
