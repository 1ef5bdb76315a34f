package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The replacement tokens after an authorization changed amount.
 *
 * <pre>
 * AuthRevResBaggage ::= SEQUENCE {
 *    capTokenNew   [0] EXPLICIT CapToken OPTIONAL,
 *    authTokenNew  [1] EXPLICIT AuthToken OPTIONAL
 * }
 * </pre>
 *
 * <p>[U] ({@code setct-AuthRevResBaggage} exists [C]).
 */
public final class AuthRevResBaggage extends ASN1Object {

  private static final String TYPE = "AuthRevResBaggage";

  private final CapToken capTokenNew;
  private final AuthToken authTokenNew;

  /** Builds the baggage; both parts may be null. */
  public AuthRevResBaggage(CapToken capTokenNew, AuthToken authTokenNew) {
    this.capTokenNew = capTokenNew;
    this.authTokenNew = authTokenNew;
  }

  private AuthRevResBaggage(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capTokenNew = f.optionalExplicit(0, "capTokenNew", CapToken::getInstance);
    authTokenNew = f.optionalExplicit(1, "authTokenNew", AuthToken::getInstance);
    f.end();
  }

  /** Decodes AuthRevResBaggage. */
  public static AuthRevResBaggage getInstance(Object obj) {
    return obj instanceof AuthRevResBaggage v
        ? v
        : new AuthRevResBaggage(Fields.sequence(TYPE, obj));
  }

  public CapToken getCapTokenNew() {
    return capTokenNew;
  }

  public AuthToken getAuthTokenNew() {
    return authTokenNew;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().explicit(0, capTokenNew).explicit(1, authTokenNew).build();
  }
}
