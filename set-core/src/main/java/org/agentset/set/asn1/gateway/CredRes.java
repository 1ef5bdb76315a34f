package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's answer to a credit request: CredResData signed by the gateway and enveloped to the
 * merchant. [U]: shaped after CapRes; SET-PROTOCOL.md §3.7.
 *
 * <pre>
 * CredRes ::= Enc { P, M, CredResData }   -- setct-CredResTBE
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class CredRes extends ProtectedContent {

  private static final String TYPE = "CredRes";

  /** Wraps the product of the crypto layer. */
  public CredRes(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a CredRes (its CMS content stays opaque). */
  public static CredRes getInstance(Object obj) {
    return obj instanceof CredRes v ? v : new CredRes(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
