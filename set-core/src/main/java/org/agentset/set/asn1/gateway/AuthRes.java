package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The gateway's authorization response: AuthResData signed by the gateway and enveloped to the
 * merchant, with the baggage (CapToken, AcqCardMsg, AuthToken) alongside. The X form also returns
 * the PANToken to the merchant; AgentSET's gateway never sends it (SET-PROTOCOL.md §5.4) but the
 * type decodes it so the refusal names it.
 *
 * <pre>
 * AuthRes ::= CHOICE {
 *    encB   [0] EXPLICIT EncB { P, M, AuthResData, AuthResBaggage },
 *    encBX  [1] EXPLICIT EncBX { P, M, AuthResData, AuthResBaggage, PANToken }
 * }
 * EncB { s, r, T, B } ::= SEQUENCE { enc Enc { s, r, L { T, B } }, baggage B }
 * </pre>
 *
 * <p>Book 2 table 4.6.2.66 (SET-PROTOCOL.md §3.5 [C] for the two forms); CHOICE tags [U].
 */
public final class AuthRes extends ASN1Object {

  private static final String TYPE = "AuthRes";

  private final boolean extra;
  private final ContentInfo enc;
  private final AuthResBaggage baggage;

  /**
   * Builds an AuthRes.
   *
   * @param extra true for the EncBX form (PANToken to the merchant)
   */
  public AuthRes(boolean extra, ContentInfo enc, AuthResBaggage baggage) {
    this.extra = extra;
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.baggage = Check.required("baggage", baggage);
  }

  /** Decodes an AuthRes. */
  public static AuthRes getInstance(Object obj) {
    if (obj instanceof AuthRes v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    if (t.getTagNo() != 0 && t.getTagNo() != 1) {
      throw Fields.unknownAlternative(TYPE, t);
    }
    boolean extra = t.getTagNo() == 1;
    return Fields.explicitAlternative(TYPE, extra ? "encBX" : "encB", t, e -> body(extra, e));
  }

  private static AuthRes body(boolean extra, org.bouncycastle.asn1.ASN1Encodable e) {
    String type = extra ? "EncBX" : "EncB";
    Fields f = Fields.of(type, Fields.sequence(type, e));
    ContentInfo enc = f.required("enc", x -> ContentKind.ENCRYPTED.decode("Enc", x));
    AuthResBaggage baggage = f.required("baggage", AuthResBaggage::getInstance);
    f.end();
    return new AuthRes(extra, enc, baggage);
  }

  /** Whether this is the EncBX form, which releases the PANToken to the merchant. */
  public boolean isExtra() {
    return extra;
  }

  /** Enc(P, M, L(AuthResData, AuthResBaggage)), or its EncX form. */
  public ContentInfo getEnc() {
    return enc;
  }

  public AuthResBaggage getBaggage() {
    return baggage;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1Sequence body = DerSeq.of().add(ProtectedContent.toDer(enc)).add(baggage).build();
    return new DERTaggedObject(true, extra ? 1 : 0, body);
  }
}
