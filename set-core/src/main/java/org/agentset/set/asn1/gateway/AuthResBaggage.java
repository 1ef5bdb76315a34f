package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What the gateway hands the merchant to keep or relay, each part encrypted to someone else: the
 * CapToken and AuthToken (to the gateway itself) and the AcqCardMsg (to the cardholder).
 *
 * <pre>
 * AuthResBaggage ::= SEQUENCE {
 *    capToken    [0] EXPLICIT CapToken OPTIONAL,
 *    acqCardMsg  [1] EXPLICIT AcqCardMsg OPTIONAL,
 *    authToken   [2] EXPLICIT AuthToken OPTIONAL
 * }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.66 (SET-PROTOCOL.md §3.5 [C]); tags [U]. Content type {@code
 * setct-AuthResBaggage} for its digest.
 */
public final class AuthResBaggage extends ASN1Object {

  private static final String TYPE = "AuthResBaggage";

  private final CapToken capToken;
  private final AcqCardMsg acqCardMsg;
  private final AuthToken authToken;

  /** Builds AuthResBaggage; every part may be null. */
  public AuthResBaggage(CapToken capToken, AcqCardMsg acqCardMsg, AuthToken authToken) {
    this.capToken = capToken;
    this.acqCardMsg = acqCardMsg;
    this.authToken = authToken;
  }

  private AuthResBaggage(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capToken = f.optionalExplicit(0, "capToken", CapToken::getInstance);
    acqCardMsg = f.optionalExplicit(1, "acqCardMsg", AcqCardMsg::getInstance);
    authToken = f.optionalExplicit(2, "authToken", AuthToken::getInstance);
    f.end();
  }

  /** Decodes AuthResBaggage. */
  public static AuthResBaggage getInstance(Object obj) {
    return obj instanceof AuthResBaggage v ? v : new AuthResBaggage(Fields.sequence(TYPE, obj));
  }

  public CapToken getCapToken() {
    return capToken;
  }

  public AcqCardMsg getAcqCardMsg() {
    return acqCardMsg;
  }

  public AuthToken getAuthToken() {
    return authToken;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().explicit(0, capToken).explicit(1, acqCardMsg).explicit(2, authToken).build();
  }
}
