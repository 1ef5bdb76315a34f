package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The cardholder's request for its issuer's registration form: RegFormReqData encrypted to the CA,
 * with the PAN (PANOnly) in the key-transport part so the CA can find the issuer. SET-PROTOCOL.md
 * §2.2 [C].
 *
 * <pre>
 * RegFormReq ::= EXH { CA, RegFormReqData, PANOnly }   -- setct-RegFormReqTBE
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class RegFormReq extends ProtectedContent {

  private static final String TYPE = "RegFormReq";

  /** Wraps the product of the crypto layer. */
  public RegFormReq(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a RegFormReq (its CMS content stays opaque). */
  public static RegFormReq getInstance(Object obj) {
    return obj instanceof RegFormReq v
        ? v
        : new RegFormReq(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
