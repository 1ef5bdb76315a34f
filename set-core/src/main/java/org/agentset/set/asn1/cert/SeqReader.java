package org.agentset.set.asn1.cert;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;

/**
 * Walks the components of a SEQUENCE in order, so that every decoder reports the exact field that
 * is missing, out of place or left over.
 */
final class SeqReader {

  private final ASN1Sequence seq;
  private final String type;
  private int index;

  private SeqReader(ASN1Sequence seq, String type) {
    this.seq = seq;
    this.type = type;
  }

  /** A reader over {@code obj}, which must be a SEQUENCE; {@code type} names it in errors. */
  static SeqReader of(Object obj, String type) {
    if (!(obj instanceof ASN1Sequence s)) {
      throw new MalformedCertExtensionException(type, "not a SEQUENCE");
    }
    return new SeqReader(s, type);
  }

  /** {@code obj} (or its primitive) as a SEQUENCE, or fails naming {@code type}. */
  static ASN1Sequence sequence(Object obj, String type) {
    Object p = obj instanceof org.bouncycastle.asn1.ASN1Object o ? o.toASN1Primitive() : obj;
    if (!(p instanceof ASN1Sequence s)) {
      throw new MalformedCertExtensionException(type, "not a SEQUENCE");
    }
    return s;
  }

  /** The next mandatory component. */
  ASN1Encodable next(String field) {
    if (index >= seq.size()) {
      throw new MalformedCertExtensionException(path(field), "missing");
    }
    return seq.getObjectAt(index++);
  }

  /** The next component if it is context-tagged {@code [tag]}, else null (not consumed). */
  ASN1TaggedObject optionalTagged(int tag) {
    if (index < seq.size()
        && seq.getObjectAt(index) instanceof ASN1TaggedObject t
        && t.getTagClass() == BERTags.CONTEXT_SPECIFIC
        && t.getTagNo() == tag) {
      index++;
      return t;
    }
    return null;
  }

  /** The next component if it is an instance of {@code type}, else null (not consumed). */
  <T> T optional(Class<T> kind) {
    if (index < seq.size() && kind.isInstance(seq.getObjectAt(index))) {
      return kind.cast(seq.getObjectAt(index++));
    }
    return null;
  }

  /** Fails unless every component was consumed. */
  void end() {
    if (index != seq.size()) {
      throw new MalformedCertExtensionException(
          type, "unexpected component at position " + index + " of " + seq.size());
    }
  }

  String path(String field) {
    return type + "." + field;
  }

  /** Casts {@code value} or fails naming {@code field}. */
  <T> T as(ASN1Encodable value, Class<T> kind, String field) {
    if (!kind.isInstance(value)) {
      throw new MalformedCertExtensionException(path(field), "expected " + kind.getSimpleName());
    }
    return kind.cast(value);
  }
}
