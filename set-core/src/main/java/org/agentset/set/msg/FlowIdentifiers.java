package org.agentset.set.msg;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The content types the purchase flow seals or signs that neither {@code
 * org.agentset.set.asn1.msg.MessageIdentifiers} nor {@code org.agentset.set.crypto.SetContentTypes}
 * defines: SET's own TBE types of the merchant-gateway envelopes (registered by SETCo under {@code
 * 2.23.42.0}, as listed in OpenSSL's {@code objects.txt}), and AgentSET's types for what SET left
 * without one, under {@code AGENTSET.2.101} (purchase flow content types).
 */
public final class FlowIdentifiers {

  private FlowIdentifiers() {}

  /** {@code setct-AuthReqTBE} 2.23.42.0.52: the envelope of AuthReq. */
  public static final ASN1ObjectIdentifier AUTH_REQ_TBE = set(52);

  /** {@code setct-AuthResTBE} 2.23.42.0.53: the envelope of AuthRes. */
  public static final ASN1ObjectIdentifier AUTH_RES_TBE = set(53);

  /** {@code setct-CapReqTBE} 2.23.42.0.62: the envelope of CapReq. */
  public static final ASN1ObjectIdentifier CAP_REQ_TBE = set(62);

  /** {@code setct-CapResTBE} 2.23.42.0.64: the envelope of CapRes. */
  public static final ASN1ObjectIdentifier CAP_RES_TBE = set(64);

  /** {@code setct-AuthRevReqTBE} 2.23.42.0.59: the envelope of AuthRevReq. */
  public static final ASN1ObjectIdentifier AUTH_REV_REQ_TBE = set(59);

  /** {@code setct-AuthRevResTBEB} 2.23.42.0.61: the envelope of AuthRevRes (with baggage). */
  public static final ASN1ObjectIdentifier AUTH_REV_RES_TBEB = set(61);

  /** {@code setct-CredReqTBE} 2.23.42.0.68: the envelope of CredReq. */
  public static final ASN1ObjectIdentifier CRED_REQ_TBE = set(68);

  /** {@code setct-CredResTBE} 2.23.42.0.70: the envelope of CredRes. */
  public static final ASN1ObjectIdentifier CRED_RES_TBE = set(70);

  /** AgentSET purchase-flow content types: {@code AGENTSET.2.101}. */
  public static final ASN1ObjectIdentifier FLOW_CONTENT_TYPES =
      SetObjectIdentifiers.AGENTSET_CONTENT_TYPES.branch("101");

  /**
   * {@code AGENTSET.2.101.1}: the {@code eContentType} of a signed InqReqData. SET registers no
   * content type for the signed inquiry (SET-PROTOCOL.md §3.8), so AgentSET names one.
   */
  public static final ASN1ObjectIdentifier INQ_REQ_DATA = FLOW_CONTENT_TYPES.branch("1");

  private static ASN1ObjectIdentifier set(int n) {
    return SetObjectIdentifiers.CONTENT_TYPES.branch(Integer.toString(n));
  }
}
