package org.agentset.set.asn1;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * Edits a DER encoding at a path of SEQUENCE indices (context tags on the way are stepped through
 * and kept), to build malformed messages field by field.
 */
final class Tree {

  private Tree() {}

  /** Applies {@code editor} to the elements of the SEQUENCE at {@code path}. */
  static byte[] edit(byte[] der, Consumer<List<ASN1Encodable>> editor, int... path) {
    try {
      ASN1Primitive root = ASN1Primitive.fromByteArray(der);
      return rebuild(root, path, 0, editor).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] replace(byte[] der, ASN1Encodable value, int... path) {
    int last = path[path.length - 1];
    return edit(der, l -> l.set(last, value), prefix(path));
  }

  static byte[] remove(byte[] der, int... path) {
    int last = path[path.length - 1];
    return edit(der, l -> l.remove(last), prefix(path));
  }

  static byte[] insert(byte[] der, ASN1Encodable value, int... path) {
    int last = path[path.length - 1];
    return edit(der, l -> l.add(last, value), prefix(path));
  }

  /** {@code value}'s SEQUENCE with element {@code index} replaced, as a new ASN.1 value. */
  static ASN1Primitive replaceValue(ASN1Encodable value, ASN1Encodable element, int index) {
    try {
      return ASN1Primitive.fromByteArray(
          replace(value.toASN1Primitive().getEncoded(ASN1Encoding.DER), element, index));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] prefix(int[] path) {
    int[] p = new int[path.length - 1];
    System.arraycopy(path, 0, p, 0, p.length);
    return p;
  }

  private static ASN1Primitive rebuild(
      ASN1Primitive node, int[] path, int at, Consumer<List<ASN1Encodable>> editor) {
    if (node instanceof ASN1TaggedObject t) {
      if (t.isExplicit()) {
        return new DERTaggedObject(
            true,
            t.getTagNo(),
            rebuild(t.getExplicitBaseObject().toASN1Primitive(), path, at, editor));
      }
      ASN1Primitive base = t.getBaseUniversal(false, BERTags.SEQUENCE);
      return new DERTaggedObject(false, t.getTagNo(), rebuild(base, path, at, editor));
    }
    ASN1Sequence seq = (ASN1Sequence) node;
    List<ASN1Encodable> elements = new ArrayList<>(List.of(seq.toArray()));
    if (at == path.length) {
      editor.accept(elements);
    } else {
      int i = path[at];
      elements.set(i, rebuild(elements.get(i).toASN1Primitive(), path, at + 1, editor));
    }
    ASN1EncodableVector v = new ASN1EncodableVector();
    elements.forEach(v::add);
    return new DERSequence(v);
  }
}
