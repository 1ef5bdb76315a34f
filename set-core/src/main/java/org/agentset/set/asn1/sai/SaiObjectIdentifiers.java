package org.agentset.set.asn1.sai;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The identifiers of the SET Agent Interface, allocated here under AgentSET's arcs (see {@link
 * SetObjectIdentifiers}): the content types of the three signed structures and the signed attribute
 * that carries a payment start's nonce.
 *
 * <pre>
 * id-agentset-ct-mandate        AGENTSET.2.1   -- eContentType of the wallet-signed Mandate
 * id-agentset-ct-paymentStart   AGENTSET.2.2   -- eContentType of the agent-signed PaymentStart
 * id-agentset-ct-setInitiation  AGENTSET.2.3   -- eContentType of the merchant-signed SetInitiation
 * id-agentset-aa-saiNonce       AGENTSET.4.1   -- signed attribute, OCTET STRING (SIZE(16))
 * </pre>
 */
public final class SaiObjectIdentifiers {

  /** Content type of a signed {@link Mandate}. */
  public static final ASN1ObjectIdentifier MANDATE =
      SetObjectIdentifiers.AGENTSET_CONTENT_TYPES.branch("1");

  /** Content type of a signed {@link PaymentStart}. */
  public static final ASN1ObjectIdentifier PAYMENT_START =
      SetObjectIdentifiers.AGENTSET_CONTENT_TYPES.branch("2");

  /** Content type of a signed {@link SetInitiation}. */
  public static final ASN1ObjectIdentifier SET_INITIATION =
      SetObjectIdentifiers.AGENTSET_CONTENT_TYPES.branch("3");

  /** Signed attribute holding the 128-bit nonce of a payment start. */
  public static final ASN1ObjectIdentifier SAI_NONCE =
      SetObjectIdentifiers.AGENTSET_ATTRIBUTES.branch("1");

  private SaiObjectIdentifiers() {}
}
