package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's answer to a capture request: CapResData signed by the gateway and enveloped to the
 * merchant. SET-PROTOCOL.md §3.7 [P].
 *
 * <pre>
 * CapRes ::= Enc { P, M, CapResData }   -- setct-CapResTBE
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class CapRes extends ProtectedContent {

  private static final String TYPE = "CapRes";

  /** Wraps the product of the crypto layer. */
  public CapRes(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a CapRes (its CMS content stays opaque). */
  public static CapRes getInstance(Object obj) {
    return obj instanceof CapRes v ? v : new CapRes(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
