package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's capture request: CapReqData signed by the merchant and enveloped to the gateway,
 * with the CapTokens of the authorizations being captured as baggage.
 *
 * <pre>
 * CapReq ::= CHOICE {
 *    encB   [0] EXPLICIT EncB { M, P, CapReqData, CapTokenSeq },
 *    encBX  [1] EXPLICIT EncBX { M, P, CapReqData, CapTokenSeq, PANToken }
 * }
 * CapTokenSeq ::= SEQUENCE SIZE(1..MAX) OF CapToken
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 [P] (the two forms; the exact operator [U]); CHOICE tags [U].
 */
public final class CapReq extends ASN1Object {

  private static final String TYPE = "CapReq";

  private final boolean extra;
  private final ContentInfo enc;
  private final List<CapToken> capTokenSeq;

  /** Builds a CapReq; {@code extra} selects the EncBX form. */
  public CapReq(boolean extra, ContentInfo enc, List<CapToken> capTokenSeq) {
    this.extra = extra;
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.capTokenSeq =
        Check.list(
            "capTokenSeq", Check.required("capTokenSeq", capTokenSeq), 1, CapReqData.MAX_ITEMS);
  }

  /** Decodes a CapReq. */
  public static CapReq getInstance(Object obj) {
    if (obj instanceof CapReq v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    if (t.getTagNo() != 0 && t.getTagNo() != 1) {
      throw Fields.unknownAlternative(TYPE, t);
    }
    boolean extra = t.getTagNo() == 1;
    return Fields.explicitAlternative(TYPE, extra ? "encBX" : "encB", t, e -> body(extra, e));
  }

  private static CapReq body(boolean extra, ASN1Encodable e) {
    String type = extra ? "EncBX" : "EncB";
    Fields f = Fields.of(type, Fields.sequence(type, e));
    ContentInfo enc = f.required("enc", x -> ContentKind.ENCRYPTED.decode("Enc", x));
    List<CapToken> tokens =
        f.required(
            "capTokenSeq", Values.sequenceOf(CapToken::getInstance, 1, CapReqData.MAX_ITEMS));
    f.end();
    return new CapReq(extra, enc, tokens);
  }

  public boolean isExtra() {
    return extra;
  }

  /** Enc(M, P, L(CapReqData, CapTokenSeq)), or its EncX form. */
  public ContentInfo getEnc() {
    return enc;
  }

  public List<CapToken> getCapTokenSeq() {
    return capTokenSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1Sequence body =
        DerSeq.of().add(ProtectedContent.toDer(enc)).add(DerSeq.sequenceOf(capTokenSeq)).build();
    return new DERTaggedObject(true, extra ? 1 : 0, body);
  }
}
