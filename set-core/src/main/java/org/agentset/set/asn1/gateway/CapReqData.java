package org.agentset.set.asn1.gateway;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.agentset.set.asn1.msg.Thumbs;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * A (batched) capture request, signed by the merchant and enveloped to the gateway in CapReq.
 *
 * <pre>
 * CapReqData ::= SEQUENCE {
 *    capRRTags      RRTags,
 *    mThumbs        [0] EXPLICIT Thumbs OPTIONAL,
 *    capItemSeq     SEQUENCE SIZE(1..MAX) OF CapItem,
 *    cRqExtensions  [1] MsgExtensions OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.7 [P] (SETREF fill-in list [C]); tags [U]. Signed content {@code CapReqTBS
 * ::= L{CapReqData, CapTokenSeq}}.
 */
public final class CapReqData extends ASN1Object {

  private static final String TYPE = "CapReqData";

  /** Most items in one batch. */
  public static final int MAX_ITEMS = 10000;

  private final RRTags capRrTags;
  private final Thumbs mThumbs;
  private final List<CapItem> capItemSeq;
  private final Extensions cRqExtensions;

  /** Builds CapReqData; {@code mThumbs} and {@code cRqExtensions} may be null. */
  public CapReqData(
      RRTags capRrTags, Thumbs mThumbs, List<CapItem> capItemSeq, Extensions cRqExtensions) {
    this.capRrTags = Check.required("capRRTags", capRrTags);
    this.mThumbs = mThumbs;
    this.capItemSeq =
        Check.list("capItemSeq", Check.required("capItemSeq", capItemSeq), 1, MAX_ITEMS);
    this.cRqExtensions = cRqExtensions;
  }

  private CapReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    capRrTags = f.required("capRRTags", RRTags::getInstance);
    mThumbs = f.optionalExplicit(0, "mThumbs", Thumbs::getInstance);
    capItemSeq = f.required("capItemSeq", Values.sequenceOf(CapItem::getInstance, 1, MAX_ITEMS));
    cRqExtensions = f.optionalImplicit(1, "cRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes CapReqData. */
  public static CapReqData getInstance(Object obj) {
    return obj instanceof CapReqData v ? v : new CapReqData(Fields.sequence(TYPE, obj));
  }

  public RRTags getCapRrTags() {
    return capRrTags;
  }

  public Thumbs getMThumbs() {
    return mThumbs;
  }

  public List<CapItem> getCapItemSeq() {
    return capItemSeq;
  }

  public Extensions getCRqExtensions() {
    return cRqExtensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(capRrTags)
        .explicit(0, mThumbs)
        .add(DerSeq.sequenceOf(capItemSeq))
        .implicit(1, cRqExtensions)
        .build();
  }
}
