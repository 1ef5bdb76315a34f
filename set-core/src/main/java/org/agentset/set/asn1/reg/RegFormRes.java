package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The cardholder CA's answer to RegFormReq: the issuer's registration form signed by the CA.
 * SET-PROTOCOL.md §2.2 [C].
 *
 * <pre>
 * RegFormRes ::= S { CA, RegFormResTBS }   -- setct-RegFormResTBS
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#SIGNED}); made and opened by {@code
 * org.agentset.set.crypto}.
 */
public final class RegFormRes extends ProtectedContent {

  private static final String TYPE = "RegFormRes";

  /** Wraps the product of the crypto layer. */
  public RegFormRes(ContentInfo contentInfo) {
    super(ContentKind.SIGNED.check(TYPE, contentInfo));
  }

  /** Decodes a RegFormRes (its CMS content stays opaque). */
  public static RegFormRes getInstance(Object obj) {
    return obj instanceof RegFormRes v ? v : new RegFormRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
