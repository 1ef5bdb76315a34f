package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.agentset.set.asn1.purchase.PI;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's authorization request: AuthReqData signed by the merchant and enveloped to the
 * gateway, with the cardholder's PI alongside as baggage (itself encrypted to the gateway), linked
 * by {@code DD(PI)} inside the signed part.
 *
 * <pre>
 * AuthReq ::= EncB { M, P, AuthReqData, PI }
 * EncB { s, r, T, B } ::= SEQUENCE {
 *    enc      Enc { s, r, L { T, B } },   -- setct-AuthReqTBE around setct-AuthReqTBS
 *    baggage  B
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.5 [C] ({@code EncB(SK,K,EK,M,b) = {Enc(SK,K,EK,{M,Hash b}), b}}).
 */
public final class AuthReq extends ASN1Object {

  private static final String TYPE = "AuthReq";

  private final ContentInfo enc;
  private final PI pi;

  /** Builds an AuthReq from the enveloped signed AuthReqTBS and the PI. */
  public AuthReq(ContentInfo enc, PI pi) {
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.pi = Check.required("pi", pi);
  }

  private AuthReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    enc = f.required("enc", e -> ContentKind.ENCRYPTED.decode("Enc", e));
    pi = f.required("pi", PI::getInstance);
    f.end();
  }

  /** Decodes an AuthReq. */
  public static AuthReq getInstance(Object obj) {
    return obj instanceof AuthReq v ? v : new AuthReq(Fields.sequence(TYPE, obj));
  }

  /** Enc(M, P, L(AuthReqData, PI)). */
  public ContentInfo getEnc() {
    return enc;
  }

  /** The payment instruction baggage. */
  public PI getPi() {
    return pi;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(ProtectedContent.toDer(enc)).add(pi).build();
  }
}
