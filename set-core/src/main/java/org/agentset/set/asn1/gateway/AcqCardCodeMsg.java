package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The acquirer's message to the cardholder inside AcqCardMsg.
 *
 * <pre>
 * AcqCardCodeMsg ::= SEQUENCE {
 *    acqCardCode   AcqCardCode,
 *    acqCardText   [0] SETString { 256 } OPTIONAL,          -- CHOICE, hence explicit
 *    acqCardURL    [1] URL OPTIONAL,
 *    acqCardPhone  [2] NumericString (SIZE(1..20)) OPTIONAL
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.5 [C] for AcqCardCode; the message fields [U]. Content type {@code
 * setct-AcqCardCodeMsg}.
 */
public final class AcqCardCodeMsg extends ASN1Object {

  private static final String TYPE = "AcqCardCodeMsg";

  private final AcqCardCode acqCardCode;
  private final SetString acqCardText;
  private final String acqCardUrl;
  private final String acqCardPhone;

  /** Builds an AcqCardCodeMsg; all but the code may be null. */
  public AcqCardCodeMsg(
      AcqCardCode acqCardCode, SetString acqCardText, String acqCardUrl, String acqCardPhone) {
    this.acqCardCode = Check.required("acqCardCode", acqCardCode);
    this.acqCardText = acqCardText;
    this.acqCardUrl = Check.visible("acqCardURL", acqCardUrl, 1, 512);
    this.acqCardPhone = Check.numeric("acqCardPhone", acqCardPhone, 1, 20);
  }

  private AcqCardCodeMsg(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    acqCardCode = f.required("acqCardCode", Values.enumerated(AcqCardCode.class));
    acqCardText = f.optionalExplicit(0, "acqCardText", SetString.decoder(256));
    acqCardUrl = f.optionalImplicit(1, "acqCardURL", BERTags.VISIBLE_STRING, SetTypes.URL);
    acqCardPhone =
        f.optionalImplicit(2, "acqCardPhone", BERTags.NUMERIC_STRING, Values.numeric(1, 20));
    f.end();
  }

  /** Decodes an AcqCardCodeMsg. */
  public static AcqCardCodeMsg getInstance(Object obj) {
    return obj instanceof AcqCardCodeMsg v ? v : new AcqCardCodeMsg(Fields.sequence(TYPE, obj));
  }

  public AcqCardCode getAcqCardCode() {
    return acqCardCode;
  }

  public SetString getAcqCardText() {
    return acqCardText;
  }

  public String getAcqCardUrl() {
    return acqCardUrl;
  }

  public String getAcqCardPhone() {
    return acqCardPhone;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.enumerated(acqCardCode))
        .explicit(0, acqCardText)
        .implicit(1, Der.visible(acqCardUrl))
        .implicit(2, Der.numeric(acqCardPhone))
        .build();
  }
}
