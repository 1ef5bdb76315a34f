package org.agentset.set.asn1.der;

import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * Builds the DER {@code SEQUENCE} of a SET type field by field, in the order of its ASN.1
 * definition; the encoding twin of {@link Fields}. Optional fields are passed as null and left out.
 */
public final class DerSeq {

  private final ASN1EncodableVector v = new ASN1EncodableVector();

  private DerSeq() {}

  /** An empty builder. */
  public static DerSeq of() {
    return new DerSeq();
  }

  /** A mandatory field. */
  public DerSeq add(ASN1Encodable value) {
    v.add(Check.required("field", value));
    return this;
  }

  /** An untagged optional field, left out when null. */
  public DerSeq optional(ASN1Encodable value) {
    if (value != null) {
      v.add(value);
    }
    return this;
  }

  /** An {@code [tag] EXPLICIT} field, left out when null. */
  public DerSeq explicit(int tag, ASN1Encodable value) {
    if (value != null) {
      v.add(new DERTaggedObject(true, tag, value));
    }
    return this;
  }

  /** An {@code [tag] IMPLICIT} field, left out when null. */
  public DerSeq implicit(int tag, ASN1Encodable value) {
    if (value != null) {
      v.add(new DERTaggedObject(false, tag, value));
    }
    return this;
  }

  /** An untagged {@code BOOLEAN DEFAULT FALSE}: encoded only when true. */
  public DerSeq defaultFalse(boolean value) {
    if (value) {
      v.add(ASN1Boolean.TRUE);
    }
    return this;
  }

  /** An {@code [tag] BOOLEAN DEFAULT FALSE}: encoded only when true. */
  public DerSeq taggedDefaultFalse(int tag, boolean value) {
    return value ? implicit(tag, ASN1Boolean.TRUE) : this;
  }

  /** The sequence. */
  public DERSequence build() {
    return new DERSequence(v);
  }

  /** {@code SEQUENCE OF} the given elements, or null when {@code elements} is null. */
  public static DERSequence sequenceOf(List<? extends ASN1Encodable> elements) {
    if (elements == null) {
      return null;
    }
    ASN1EncodableVector out = new ASN1EncodableVector(elements.size());
    elements.forEach(out::add);
    return new DERSequence(out);
  }
}
