package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * A message from the acquirer to the cardholder, encrypted under the back key the cardholder put in
 * PIHead (AcqBackKeyData); the merchant relays it unopened in PRes or InqRes. SET-PROTOCOL.md §3.5
 * [C].
 *
 * <pre>
 * AcqCardMsg ::= EncK { AcqBackKey, P, AcqCardCodeMsg }   -- setct-AcqCardCodeMsgTBE
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class AcqCardMsg extends ProtectedContent {

  private static final String TYPE = "AcqCardMsg";

  /** Wraps the product of the crypto layer. */
  public AcqCardMsg(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a AcqCardMsg (its CMS content stays opaque). */
  public static AcqCardMsg getInstance(Object obj) {
    return obj instanceof AcqCardMsg v
        ? v
        : new AcqCardMsg(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
