package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * A request to reverse an authorization or reduce its amount ({@code authNewAmt} zero reverses it
 * entirely), e.g. when the merchant cannot fulfil the order or an authorization timed out.
 *
 * <pre>
 * AuthRevReqData ::= SEQUENCE {
 *    authRevTags      AuthRevTags,              -- same structure as AuthTags
 *    authReqData      [0] AuthReqData OPTIONAL,
 *    authResPayload   [1] AuthResPayload OPTIONAL,
 *    authNewAmt       CurrencyAmount,
 *    aRvRqExtensions  [2] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 (SETREF {@code authRevReqData.authReqData/authResPayload} [C]; the rest
 * [U]). Signed content {@code AuthRevReqTBS ::= L{AuthRevReqData, AuthRevReqBaggage}}.
 */
public final class AuthRevReqData extends ASN1Object {

  private static final String TYPE = "AuthRevReqData";

  private final AuthTags authRevTags;
  private final AuthReqData authReqData;
  private final AuthResPayload authResPayload;
  private final CurrencyAmount authNewAmt;
  private final Extensions aRvRqExtensions;

  /** Builds AuthRevReqData; the optional fields may be null. */
  public AuthRevReqData(
      AuthTags authRevTags,
      AuthReqData authReqData,
      AuthResPayload authResPayload,
      CurrencyAmount authNewAmt,
      Extensions aRvRqExtensions) {
    this.authRevTags = Check.required("authRevTags", authRevTags);
    this.authReqData = authReqData;
    this.authResPayload = authResPayload;
    this.authNewAmt = Check.required("authNewAmt", authNewAmt);
    this.aRvRqExtensions = aRvRqExtensions;
  }

  private AuthRevReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authRevTags = f.required("authRevTags", AuthTags::getInstance);
    authReqData = f.optionalImplicit(0, "authReqData", BERTags.SEQUENCE, AuthReqData::getInstance);
    authResPayload =
        f.optionalImplicit(1, "authResPayload", BERTags.SEQUENCE, AuthResPayload::getInstance);
    authNewAmt = f.required("authNewAmt", CurrencyAmount::getInstance);
    aRvRqExtensions =
        f.optionalImplicit(2, "aRvRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes AuthRevReqData. */
  public static AuthRevReqData getInstance(Object obj) {
    return obj instanceof AuthRevReqData v ? v : new AuthRevReqData(Fields.sequence(TYPE, obj));
  }

  public AuthTags getAuthRevTags() {
    return authRevTags;
  }

  public AuthReqData getAuthReqData() {
    return authReqData;
  }

  public AuthResPayload getAuthResPayload() {
    return authResPayload;
  }

  /** The new authorized amount; zero reverses the authorization. */
  public CurrencyAmount getAuthNewAmt() {
    return authNewAmt;
  }

  public Extensions getARvRqExtensions() {
    return aRvRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(authRevTags)
        .implicit(0, authReqData)
        .implicit(1, authResPayload)
        .add(authNewAmt)
        .implicit(2, aRvRqExtensions)
        .build();
  }
}
