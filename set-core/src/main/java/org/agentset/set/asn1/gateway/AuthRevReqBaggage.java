package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.purchase.PI;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The tokens an authorization reversal hands back to the gateway.
 *
 * <pre>
 * AuthRevReqBaggage ::= SEQUENCE {
 *    pi        [0] EXPLICIT PI OPTIONAL,
 *    capToken  [1] EXPLICIT CapToken OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 (SETREF {@code authRevReqBaggage.capToken/pi} [C]); tags [U].
 */
public final class AuthRevReqBaggage extends ASN1Object {

  private static final String TYPE = "AuthRevReqBaggage";

  private final PI pi;
  private final CapToken capToken;

  /** Builds the baggage; both parts may be null. */
  public AuthRevReqBaggage(PI pi, CapToken capToken) {
    this.pi = pi;
    this.capToken = capToken;
  }

  private AuthRevReqBaggage(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pi = f.optionalExplicit(0, "pi", PI::getInstance);
    capToken = f.optionalExplicit(1, "capToken", CapToken::getInstance);
    f.end();
  }

  /** Decodes AuthRevReqBaggage. */
  public static AuthRevReqBaggage getInstance(Object obj) {
    return obj instanceof AuthRevReqBaggage v
        ? v
        : new AuthRevReqBaggage(Fields.sequence(TYPE, obj));
  }

  public PI getPi() {
    return pi;
  }

  public CapToken getCapToken() {
    return capToken;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().explicit(0, pi).explicit(1, capToken).build();
  }
}
