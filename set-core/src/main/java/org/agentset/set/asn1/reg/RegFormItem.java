package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.SetString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * One filled-in field of the registration form, sent in CertReqData.
 *
 * <pre>
 * RegFormItem ::= SEQUENCE {
 *    fieldName   SETString { 128 },
 *    fieldValue  SETString { 128 }
 * }
 * </pre>
 *
 * <p>[U]: the reference names RegForm in CertReqData (SET-PROTOCOL.md §2.2).
 */
public final class RegFormItem extends ASN1Object {

  private static final String TYPE = "RegFormItem";

  private final SetString fieldName;
  private final SetString fieldValue;

  /** Builds RegFormItem; optional fields may be null. */
  public RegFormItem(SetString fieldName, SetString fieldValue) {
    this.fieldName = Check.required("fieldName", fieldName);
    this.fieldValue = Check.required("fieldValue", fieldValue);
  }

  private RegFormItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    fieldName = f.required("fieldName", SetString.decoder(128));
    fieldValue = f.required("fieldValue", SetString.decoder(128));
    f.end();
  }

  /** Decodes RegFormItem. */
  public static RegFormItem getInstance(Object obj) {
    return obj instanceof RegFormItem v ? v : new RegFormItem(Fields.sequence(TYPE, obj));
  }

  public SetString getFieldName() {
    return fieldName;
  }

  public SetString getFieldValue() {
    return fieldValue;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(fieldName).add(fieldValue).build();
  }
}
