package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant/gateway CA's answer to Me-AqCInitReq (SET's Me-AqCInitRes): the registration form
 * signed by the CA, with the CA's certificates in the SignedData. SET-PROTOCOL.md §2.3 [C].
 *
 * <pre>
 * Me-AqCInitRes ::= S { CA, Me-AqCInitResTBS }   -- setct-MeAqCInitResTBS
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class MeAqCInitRes extends ProtectedContent {

  private static final String TYPE = "MeAqCInitRes";

  /** Wraps the product of the crypto layer. */
  public MeAqCInitRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a MeAqCInitRes (its CMS content stays opaque). */
  public static MeAqCInitRes getInstance(Object obj) {
    return obj instanceof MeAqCInitRes v
        ? v
        : new MeAqCInitRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
