package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * AgentSET's fix for responses that do not reach the cardholder with gateway evidence
 * (SET-PROTOCOL.md §5.2: the cardholder only learns that the merchant "received a message signed by
 * a Payment Gateway chosen by M"): the gateway signs a short receipt of its authorization decision,
 * puts it in AuthRes, and the merchant relays it unchanged in PRes, where the cardholder verifies
 * it with the gateway signature certificate.
 *
 * <pre>
 * GatewayReceipt ::= S { P, GatewayReceiptData }   -- eContentType AGENTSET.2.100.1
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class GatewayReceipt extends ProtectedContent {

  private static final String TYPE = "GatewayReceipt";

  /** Wraps the product of the crypto layer. */
  public GatewayReceipt(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a GatewayReceipt (its CMS content stays opaque). */
  public static GatewayReceipt getInstance(Object obj) {
    return obj instanceof GatewayReceipt v
        ? v
        : new GatewayReceipt(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
