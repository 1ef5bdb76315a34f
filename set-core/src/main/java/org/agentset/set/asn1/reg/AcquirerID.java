package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * An acquirer's (payment gateway's) identity, in Me-AqCInitReq and CertReqData.
 *
 * <pre>
 * AcquirerID ::= SEQUENCE {
 *    acquirerBIN         BIN,
 *    acquirerBusinessID  [0] VisibleString (SIZE(1..32)) OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C]; tag and bound [U].
 */
public final class AcquirerID extends ASN1Object {

  private static final String TYPE = "AcquirerID";

  private final String acquirerBin;
  private final String acquirerBusinessId;

  /** Builds AcquirerID; optional fields may be null. */
  public AcquirerID(String acquirerBin, String acquirerBusinessId) {
    this.acquirerBin =
        Check.numeric("acquirerBIN", Check.required("acquirerBIN", acquirerBin), 6, 6);
    this.acquirerBusinessId = Check.visible("acquirerBusinessID", acquirerBusinessId, 1, 32);
  }

  private AcquirerID(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    acquirerBin = f.required("acquirerBIN", SetTypes.BIN);
    acquirerBusinessId =
        f.optionalImplicit(0, "acquirerBusinessID", BERTags.VISIBLE_STRING, Values.visible(1, 32));
    f.end();
  }

  /** Decodes AcquirerID. */
  public static AcquirerID getInstance(Object obj) {
    return obj instanceof AcquirerID v ? v : new AcquirerID(Fields.sequence(TYPE, obj));
  }

  public String getAcquirerBin() {
    return acquirerBin;
  }

  public String getAcquirerBusinessId() {
    return acquirerBusinessId;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.numeric(acquirerBin))
        .implicit(0, Der.visible(acquirerBusinessId))
        .build();
  }
}
