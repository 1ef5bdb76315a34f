package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's request for the gateway's current certificates, signed by the merchant.
 * SET-PROTOCOL.md §2.3 [C] (SETREF).
 *
 * <pre>
 * PCertReq ::= S { M, PCertReqData }   -- setct-PCertReqData
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class PCertReq extends ProtectedContent {

  private static final String TYPE = "PCertReq";

  /** Wraps the product of the crypto layer. */
  public PCertReq(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a PCertReq (its CMS content stays opaque). */
  public static PCertReq getInstance(Object obj) {
    return obj instanceof PCertReq v ? v : new PCertReq(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
