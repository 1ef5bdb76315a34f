package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.ContentKind;
import org.agentset.set.asn1.msg.ProtectedContent;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The merchant's credit (refund) request: CredReqData signed by the merchant and enveloped to the
 * gateway, with the CapTokens of the captures being credited as baggage.
 *
 * <pre>
 * CredReq ::= EncB { M, P, CredReqData, CapTokenSeq }   -- setct-CredReqTBE
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §3.7 names CredReq/CredRes; AgentSET has no EncBX form here (the merchant
 * never holds a PANToken).
 */
public final class CredReq extends ASN1Object {

  private static final String TYPE = "CredReq";

  private final ContentInfo enc;
  private final List<CapToken> capTokenSeq;

  /** Builds a CredReq. */
  public CredReq(ContentInfo enc, List<CapToken> capTokenSeq) {
    this.enc = ContentKind.ENCRYPTED.check("enc", enc);
    this.capTokenSeq =
        Check.list(
            "capTokenSeq", Check.required("capTokenSeq", capTokenSeq), 1, CapReqData.MAX_ITEMS);
  }

  private CredReq(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    enc = f.required("enc", e -> ContentKind.ENCRYPTED.decode("Enc", e));
    capTokenSeq =
        f.required(
            "capTokenSeq", Values.sequenceOf(CapToken::getInstance, 1, CapReqData.MAX_ITEMS));
    f.end();
  }

  /** Decodes a CredReq. */
  public static CredReq getInstance(Object obj) {
    return obj instanceof CredReq v ? v : new CredReq(Fields.sequence(TYPE, obj));
  }

  /** Enc(M, P, L(CredReqData, CapTokenSeq)). */
  public ContentInfo getEnc() {
    return enc;
  }

  public List<CapToken> getCapTokenSeq() {
    return capTokenSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(ProtectedContent.toDer(enc)).add(DerSeq.sequenceOf(capTokenSeq)).build();
  }
}
