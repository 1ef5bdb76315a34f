package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's answer to PCertReq, signed by the gateway, its certificates in the SignedData. [U]:
 * shaped after SETREF's PCertReq (SET-PROTOCOL.md §2.3).
 *
 * <pre>
 * PCertRes ::= S { P, PCertResTBS }   -- setct-PCertResTBS
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class PCertRes extends ProtectedContent {

  private static final String TYPE = "PCertRes";

  /** Wraps the product of the crypto layer. */
  public PCertRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a PCertRes (its CMS content stays opaque). */
  public static PCertRes getInstance(Object obj) {
    return obj instanceof PCertRes v ? v : new PCertRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
