package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The payment instruction of a cardholder without a certificate: PI-OILink encrypted to the gateway
 * with PANToken in the key-transport part and a hash of PI-OILink there too (EXH), which protects
 * the integrity of PIHead but authenticates nobody. AgentSET accepts it only behind an explicit
 * policy switch (SET-PROTOCOL.md §5.4).
 *
 * <pre>
 * PIUnsigned ::= EXH { P, PI-OILink, PANToken }   -- content type setct-PIUnsignedTBE inside
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [C] (formal model; SETREF {@code PIUnsigned {piHead, panToken}}).
 */
public final class PIUnsigned extends ProtectedContent {

  private static final String TYPE = "PIUnsigned";

  /** Wraps the EXH product of {@code org.agentset.set.crypto}. */
  public PIUnsigned(ContentInfo exh) {
    super(ContentKind.ENCRYPTED.check(TYPE, exh));
  }

  /** Decodes a PIUnsigned. */
  public static PIUnsigned getInstance(Object obj) {
    return obj instanceof PIUnsigned v
        ? v
        : new PIUnsigned(ContentKind.ENCRYPTED.decode(TYPE, obj));
  }
}
