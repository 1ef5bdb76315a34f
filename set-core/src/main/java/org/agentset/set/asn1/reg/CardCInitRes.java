package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The cardholder CA's answer to CardCInitReq: CardCInitResTBS signed by the CA, with the CA's
 * key-exchange and signature certificates in the SignedData. SET-PROTOCOL.md §2.2 [C].
 *
 * <pre>
 * CardCInitRes ::= S { CA, CardCInitResTBS }   -- setct-CardCInitResTBS
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class CardCInitRes extends ProtectedContent {

  private static final String TYPE = "CardCInitRes";

  /** Wraps the product of the crypto layer. */
  public CardCInitRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a CardCInitRes (its CMS content stays opaque). */
  public static CardCInitRes getInstance(Object obj) {
    return obj instanceof CardCInitRes v
        ? v
        : new CardCInitRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
