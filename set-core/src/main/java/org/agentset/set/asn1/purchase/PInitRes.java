package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's answer to PInitReq: {@link PInitResData} signed by the merchant, with the
 * merchant's signature certificate and the chosen gateway's key-exchange certificate in the
 * SignedData's {@code certificates}.
 *
 * <pre>
 * PInitRes ::= S { M, PInitResData }   -- CMS SignedData, eContentType setct-PInitResData
 * </pre>
 *
 * <p>SET Book 3 SetPayMsgs (SET-PROTOCOL.md §3.3 [C]). Sign and verify with {@code
 * org.agentset.set.crypto}; decode the verified content with {@link PInitResData#getInstance}.
 */
public final class PInitRes extends ProtectedContent {

  private static final String TYPE = "PInitRes";

  /** Wraps the merchant's SignedData over PInitResData. */
  public PInitRes(ContentInfo signedData) {
    super(ContentKind.SIGNED.check(TYPE, signedData));
  }

  /** Decodes a PInitRes (the SignedData itself stays opaque). */
  public static PInitRes getInstance(Object obj) {
    return obj instanceof PInitRes v ? v : new PInitRes(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
