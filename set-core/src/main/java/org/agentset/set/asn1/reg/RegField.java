package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * One field of a registration form the CA asks the end entity to fill in.
 *
 * <pre>
 * RegField ::= SEQUENCE {
 *    fieldId         [0] OBJECT IDENTIFIER OPTIONAL,
 *    fieldName       SETString { 128 },
 *    fieldDesc       [1] SETString { 512 } OPTIONAL,   -- CHOICE, hence explicit
 *    fieldLen        [2] INTEGER (1..128) OPTIONAL,
 *    fieldRequired   [3] BOOLEAN DEFAULT FALSE,
 *    fieldInvisible  [4] BOOLEAN DEFAULT FALSE
 * }
 * </pre>
 *
 * <p>[U]: the reference names RegTemplate/RegField (SET-PROTOCOL.md §2.2); fields as recalled from
 * SET Book 3, with tags on both booleans so neither is ambiguous.
 */
public final class RegField extends ASN1Object {

  private static final String TYPE = "RegField";

  private final ASN1ObjectIdentifier fieldId;
  private final SetString fieldName;
  private final SetString fieldDesc;
  private final Integer fieldLen;
  private final boolean fieldRequired;
  private final boolean fieldInvisible;

  /** Builds RegField; optional fields may be null. */
  public RegField(
      ASN1ObjectIdentifier fieldId,
      SetString fieldName,
      SetString fieldDesc,
      Integer fieldLen,
      boolean fieldRequired,
      boolean fieldInvisible) {
    this.fieldId = fieldId;
    this.fieldName = Check.required("fieldName", fieldName);
    this.fieldDesc = fieldDesc;
    this.fieldLen = fieldLen == null ? null : (int) Check.range("fieldLen", fieldLen, 1, 128);
    this.fieldRequired = fieldRequired;
    this.fieldInvisible = fieldInvisible;
  }

  private RegField(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    fieldId = f.optionalImplicit(0, "fieldId", BERTags.OBJECT_IDENTIFIER, Values.oid());
    fieldName = f.required("fieldName", SetString.decoder(128));
    fieldDesc = f.optionalExplicit(1, "fieldDesc", SetString.decoder(512));
    fieldLen = f.optionalImplicit(2, "fieldLen", BERTags.INTEGER, Values.intValue(1, 128));
    fieldRequired = f.taggedDefaultFalse(3, "fieldRequired");
    fieldInvisible = f.taggedDefaultFalse(4, "fieldInvisible");
    f.end();
  }

  /** Decodes RegField. */
  public static RegField getInstance(Object obj) {
    return obj instanceof RegField v ? v : new RegField(Fields.sequence(TYPE, obj));
  }

  public ASN1ObjectIdentifier getFieldId() {
    return fieldId;
  }

  public SetString getFieldName() {
    return fieldName;
  }

  public SetString getFieldDesc() {
    return fieldDesc;
  }

  public Integer getFieldLen() {
    return fieldLen;
  }

  public boolean isFieldRequired() {
    return fieldRequired;
  }

  public boolean isFieldInvisible() {
    return fieldInvisible;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .implicit(0, fieldId)
        .add(fieldName)
        .explicit(1, fieldDesc)
        .implicit(2, Der.integer(fieldLen == null ? null : (long) fieldLen))
        .taggedDefaultFalse(3, fieldRequired)
        .taggedDefaultFalse(4, fieldInvisible)
        .build();
  }
}
