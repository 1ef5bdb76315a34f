package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's authorization reversal: AuthRevReqData signed by the merchant and enveloped to the
 * gateway, with the PI or CapToken being reversed as baggage. SET-PROTOCOL.md §3.7 (SETREF [C];
 * operator [U]).
 *
 * <pre>
 * AuthRevReq ::= EncB { M, P, AuthRevReqData, AuthRevReqBaggage }   -- setct-AuthRevReqTBE around setct-AuthRevReqTBS
 * EncB { s, r, T, B } ::= SEQUENCE { enc Enc { s, r, L { T, B } }, baggage B }
 * </pre>
 */
public final class AuthRevReq extends ASN1Object {

  private static final String TYPE = "AuthRevReq";

  private final ContentInfo enc;
  private final AuthRevReqBaggage baggage;

  /** Builds the message from the enveloped signed TBS and the baggage. */
  public AuthRevReq(ContentInfo enc, AuthRevReqBaggage baggage) {
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.baggage = Check.required("baggage", baggage);
  }

  private AuthRevReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    enc = f.required("enc", e -> ContentKind.ENCRYPTED.decode("Enc", e));
    baggage = f.required("baggage", AuthRevReqBaggage::getInstance);
    f.end();
  }

  /** Decodes the message. */
  public static AuthRevReq getInstance(Object obj) {
    return obj instanceof AuthRevReq v ? v : new AuthRevReq(Fields.sequence(TYPE, obj));
  }

  /** The enveloped signed TBS. */
  public ContentInfo getEnc() {
    return enc;
  }

  public AuthRevReqBaggage getBaggage() {
    return baggage;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(ProtectedContent.toDer(enc)).add(baggage).build();
  }
}
