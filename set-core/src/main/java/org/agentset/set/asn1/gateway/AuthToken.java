package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's note to itself that lets a merchant ask for a later authorization of the same
 * purchase (split shipment, recurring or instalment payment) without the cardholder: used as the PI
 * of a later AuthReq. SET-PROTOCOL.md §3.5 [C].
 *
 * <pre>
 * AuthToken ::= EncX { P1, P2, AuthTokenData, PANToken }   -- setct-AuthTokenTBE
 * </pre>
 *
 * <p>Kept opaque here (a ContentInfo of kind {@link ContentKind#ENCRYPTED}); made and opened by
 * {@code org.agentset.set.crypto}.
 */
public final class AuthToken extends ProtectedContent {

  private static final String TYPE = "AuthToken";

  /** Wraps the product of the crypto layer. */
  public AuthToken(ContentInfo contentInfo) {
    super(ContentKind.ENCRYPTED.check(TYPE, contentInfo));
  }

  /** Decodes a AuthToken (its CMS content stays opaque). */
  public static AuthToken getInstance(Object obj) {
    return obj instanceof AuthToken v ? v : new AuthToken(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
