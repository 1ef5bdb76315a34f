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
 * The gateway's answer to an authorization reversal: AuthRevResData signed by the gateway and
 * enveloped to the merchant, with replacement tokens as baggage. [U]: SET-PROTOCOL.md §3.7 names
 * the pair (setct-AuthRevResTBEB exists [C]).
 *
 * <pre>
 * AuthRevRes ::= EncB { P, M, AuthRevResData, AuthRevResBaggage }   -- setct-AuthRevResTBEB around setct-AuthRevResTBS
 * EncB { s, r, T, B } ::= SEQUENCE { enc Enc { s, r, L { T, B } }, baggage B }
 * </pre>
 */
public final class AuthRevRes extends ASN1Object {

  private static final String TYPE = "AuthRevRes";

  private final ContentInfo enc;
  private final AuthRevResBaggage baggage;

  /** Builds the message from the enveloped signed TBS and the baggage. */
  public AuthRevRes(ContentInfo enc, AuthRevResBaggage baggage) {
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.baggage = Check.required("baggage", baggage);
  }

  private AuthRevRes(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    enc = f.required("enc", e -> ContentKind.ENCRYPTED.decode("Enc", e));
    baggage = f.required("baggage", AuthRevResBaggage::getInstance);
    f.end();
  }

  /** Decodes the message. */
  public static AuthRevRes getInstance(Object obj) {
    return obj instanceof AuthRevRes v ? v : new AuthRevRes(Fields.sequence(TYPE, obj));
  }

  /** The enveloped signed TBS. */
  public ContentInfo getEnc() {
    return enc;
  }

  public AuthRevResBaggage getBaggage() {
    return baggage;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(ProtectedContent.toDer(enc)).add(baggage).build();
  }
}
