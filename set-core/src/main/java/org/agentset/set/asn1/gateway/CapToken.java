package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's note to itself about an authorization, which the merchant keeps unopened and
 * returns at capture time: this is how SET keeps the gateway stateless (P1 and P2 are the same
 * gateway). The gateway must refuse a CapToken replayed past its AuthRRPID, amount ceiling or
 * expiry (SET-PROTOCOL.md §5.4). SET-PROTOCOL.md §3.5 [C].
 *
 * <pre>
 * CapToken ::= Enc { P1, P2, CapTokenData }             -- setct-CapTokenTBE
 *           -- or EncX { P1, P2, CapTokenData, PANToken }  (setct-CapTokenTBEX)
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class CapToken extends ProtectedContent {

  private static final String TYPE = "CapToken";

  /** Wraps the product of the crypto layer. */
  public CapToken(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a CapToken (its CMS content stays opaque). */
  public static CapToken getInstance(Object obj) {
    return obj instanceof CapToken v ? v : new CapToken(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
