package org.agentset.set.asn1.sai;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * One item slot of a {@link Mandate}: slot {@code n} stands for the mandate's {@code n}-th item
 * (counting from 1) and carries the token sealed for it.
 *
 * <pre>
 * ItemSlot ::= SEQUENCE {
 *    slot         INTEGER (1..16),
 *    sealedToken  SealedToken
 * }
 * </pre>
 */
public final class ItemSlot extends ASN1Object {

  private static final String TYPE = "ItemSlot";

  private final int slot;
  private final SealedToken sealedToken;

  public ItemSlot(int slot, SealedToken sealedToken) {
    this.slot = (int) Check.range("slot", slot, 1, MandateTerms.MAX_ITEMS);
    this.sealedToken = Check.required("sealedToken", sealedToken);
  }

  private ItemSlot(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    slot = f.required("slot", Values.intValue(1, MandateTerms.MAX_ITEMS));
    sealedToken = f.required("sealedToken", SealedToken::getInstance);
    f.end();
  }

  /** Decodes an ItemSlot. */
  public static ItemSlot getInstance(Object obj) {
    return obj instanceof ItemSlot v ? v : new ItemSlot(Fields.sequence(TYPE, obj));
  }

  public int getSlot() {
    return slot;
  }

  public SealedToken getSealedToken() {
    return sealedToken;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.integer((long) slot)).add(sealedToken).build();
  }
}
