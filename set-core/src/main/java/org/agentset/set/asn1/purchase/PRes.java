package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's answer to a purchase request: PResData signed by the merchant. SET-PROTOCOL.md
 * §3.6 ([U] for the structure; setct-PResData exists [C]). With AgentSET's GatewayReceipt relayed
 * in PResPayload, the cardholder no longer relies on the merchant's word alone for the
 * authorization result.
 *
 * <pre>
 * PRes ::= S { M, PResData }   -- setct-PResData
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class PRes extends ProtectedContent {

  private static final String TYPE = "PRes";

  /** Wraps the product of the crypto layer. */
  public PRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a PRes (its CMS content stays opaque). */
  public static PRes getInstance(Object obj) {
    return obj instanceof PRes v ? v : new PRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
