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
 * A credit request, signed by the merchant and enveloped to the gateway in CredReq. [U]:
 * SET-PROTOCOL.md §3.7 names the pair without field lists; shaped after CapReqData. Signed content
 * CredReqTBS ::= L{CredReqData, CapTokenSeq}.
 *
 * <pre>
 * CredReqData ::= SEQUENCE {
 *    credRRTags      RRTags,
 *    mThumbs         [0] EXPLICIT Thumbs OPTIONAL,
 *    credItemSeq  SEQUENCE SIZE(1..MAX) OF CredItem,
 *    cRqExtensions   [1] MsgExtensions OPTIONAL
 * }
 * </pre>
 */
public final class CredReqData extends ASN1Object {

  private static final String TYPE = "CredReqData";

  private final RRTags credRrTags;
  private final Thumbs mThumbs;
  private final List<CredItem> items;
  private final Extensions extensions;

  /** Builds CredReqData; the optional fields may be null. */
  public CredReqData(
      RRTags credRrTags, Thumbs mThumbs, List<CredItem> items, Extensions extensions) {
    this.credRrTags = Check.required("credRRTags", credRrTags);
    this.mThumbs = mThumbs;
    this.items =
        Check.list("credItemSeq", Check.required("credItemSeq", items), 1, CapReqData.MAX_ITEMS);
    this.extensions = extensions;
  }

  private CredReqData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    credRrTags = f.required("credRRTags", RRTags::getInstance);
    mThumbs = f.optionalExplicit(0, "mThumbs", Thumbs::getInstance);
    items =
        f.required(
            "credItemSeq", Values.sequenceOf(CredItem::getInstance, 1, CapReqData.MAX_ITEMS));
    extensions = f.optionalImplicit(1, "cRqExtensions", BERTags.SEQUENCE, SetTypes.EXTENSIONS);
    f.end();
  }

  /** Decodes CredReqData. */
  public static CredReqData getInstance(Object obj) {
    return obj instanceof CredReqData v ? v : new CredReqData(Fields.sequence(TYPE, obj));
  }

  public RRTags getCredRrTags() {
    return credRrTags;
  }

  public Thumbs getMThumbs() {
    return mThumbs;
  }

  public List<CredItem> getCredItemSeq() {
    return items;
  }

  public Extensions getCRqExtensions() {
    return extensions;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(credRrTags)
        .explicit(0, mThumbs)
        .add(DerSeq.sequenceOf(items))
        .implicit(1, extensions)
        .build();
  }
}
