package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The dual signature: the cardholder's detached signature over {@link PITBS}, made with the
 * cardholder signature certificate (carried in the SignedData's {@code certificates}).
 *
 * <pre>
 * PISignature ::= SO { C, PI-TBS }   -- CMS SignedData without eContent, eContentType setct-PI-TBS
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [P]. Made and verified by {@code org.agentset.set.crypto}.
 */
public final class PISignature extends ProtectedContent {

  private static final String TYPE = "PISignature";

  /** Wraps the detached SignedData over PI-TBS. */
  public PISignature(ContentInfo signedData) {
    super(ContentKind.SIGNED.check(TYPE, signedData));
  }

  /** Decodes a PISignature. */
  public static PISignature getInstance(Object obj) {
    return obj instanceof PISignature v ? v : new PISignature(ContentKind.SIGNED.decode(TYPE, obj));
  }
}
