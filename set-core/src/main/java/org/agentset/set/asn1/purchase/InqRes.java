package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's answer to an inquiry: the same PResData as PRes, signed by the merchant,
 * reflecting the current authorization and capture state. SET-PROTOCOL.md §3.8 [U] (same structure
 * as PRes).
 *
 * <pre>
 * InqRes ::= S { M, PResData }   -- setct-PResData
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class InqRes extends ProtectedContent {

  private static final String TYPE = "InqRes";

  /** Wraps the product of the crypto layer. */
  public InqRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a InqRes (its CMS content stays opaque). */
  public static InqRes getInstance(Object obj) {
    return obj instanceof InqRes v ? v : new InqRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
