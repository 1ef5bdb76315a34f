package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A registration form item the CA refused, and why.
 *
 * <pre>
 * FailedItem ::= SEQUENCE {
 *    itemNumber  INTEGER (1..64),
 *    itemReason  SETString { 128 }
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] (FailedItemSeq in CertStatus); fields [U].
 */
public final class FailedItem extends ASN1Object {

  private static final String TYPE = "FailedItem";

  private final Integer itemNumber;
  private final SetString itemReason;

  /** Builds FailedItem; optional fields may be null. */
  public FailedItem(Integer itemNumber, SetString itemReason) {
    this.itemNumber =
        (int) Check.range("itemNumber", Check.required("itemNumber", itemNumber), 1, 64);
    this.itemReason = Check.required("itemReason", itemReason);
  }

  private FailedItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    itemNumber = f.required("itemNumber", Values.intValue(1, 64));
    itemReason = f.required("itemReason", SetString.decoder(128));
    f.end();
  }

  /** Decodes FailedItem. */
  public static FailedItem getInstance(Object obj) {
    return obj instanceof FailedItem v ? v : new FailedItem(Fields.sequence(TYPE, obj));
  }

  public Integer getItemNumber() {
    return itemNumber;
  }

  public SetString getItemReason() {
    return itemReason;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer(itemNumber == null ? null : (long) itemNumber))
        .add(itemReason)
        .build();
  }
}
