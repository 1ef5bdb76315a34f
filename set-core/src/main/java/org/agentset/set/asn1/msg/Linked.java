package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * SET's linkage operator {@code L{T1, T2} = {T1, DD(T2)}}: a value together with the digest of
 * another it travels with. It is the signed content of every EncB message ({@code AuthReqTBS ::=
 * L{AuthReqData, PI}}, {@code AuthResTBS ::= L{AuthResData, AuthResBaggage}}, {@code CapReqTBS ::=
 * L{CapReqData, CapTokenSeq}}, ...), binding the baggage to the signature without signing it twice.
 * PI-OILink and OIDualSigned, which the dual signature depends on, have their own classes.
 *
 * <pre>
 * L { T1, T2 } ::= SEQUENCE {
 *    t1  T1,          -- a SEQUENCE type, e.g. AuthReqData
 *    t2  DD { T2 }
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §4.1 [C].
 */
public final class Linked extends ASN1Object {

  private static final String TYPE = "L";

  private final ASN1Sequence first;
  private final DetachedDigest digest;

  /** Links {@code first} (a SET type encoded as a SEQUENCE) with the digest of its companion. */
  public Linked(ASN1Encodable first, DetachedDigest digestOfSecond) {
    ASN1Primitive p = Der.canonical(Check.required("t1", first));
    if (!(p instanceof ASN1Sequence s)) {
      throw new IllegalArgumentException("t1 must be a SEQUENCE type");
    }
    this.first = s;
    this.digest = Check.required("t2", digestOfSecond);
  }

  private Linked(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    first = f.required("t1", e -> Values.as(ASN1Sequence.class, e, "SEQUENCE"));
    digest = f.required("t2", DetachedDigest::getInstance);
    f.end();
  }

  /** Decodes {@code L{T1,T2}}; decode T1 with {@link #getFirst(Decoder)}. */
  public static Linked getInstance(Object obj) {
    return obj instanceof Linked v ? v : new Linked(Fields.sequence(TYPE, obj));
  }

  /** T1 as undecoded ASN.1. */
  public ASN1Sequence getFirst() {
    return first;
  }

  /** T1 decoded with its type's {@code getInstance}; errors are reported under {@code L.t1}. */
  public <T> T getFirst(Decoder<T> decoder) {
    try {
      return decoder.decode(first);
    } catch (SetDecodingException e) {
      throw e.within(TYPE, "t1");
    }
  }

  /** DD(T2). */
  public DetachedDigest getDigest() {
    return digest;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(first).add(digest).build();
  }
}
