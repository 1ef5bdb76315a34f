package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The card number alone, which RegFormReq carries in the OAEP/HPKE part of its EXH envelope so the
 * CA can pick the issuer's registration form.
 *
 * <pre>
 * PANOnly ::= SEQUENCE {
 *    pan      PAN,
 *    exNonce  Nonce
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C]. {@link #toString()} never shows the PAN.
 */
public final class PANOnly extends ASN1Object {

  private static final String TYPE = "PANOnly";

  private final String pan;
  private final byte[] exNonce;

  /** Builds PANOnly. */
  public PANOnly(String pan, byte[] exNonce) {
    this.pan = Check.numeric("pan", Check.required("pan", pan), 12, 19);
    this.exNonce =
        Check.requiredOctets("exNonce", exNonce, SetTypes.NONCE_SIZE, SetTypes.NONCE_SIZE);
  }

  private PANOnly(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pan = f.required("pan", SetTypes.PAN);
    exNonce = f.required("exNonce", SetTypes.NONCE);
    f.end();
  }

  /** Decodes PANOnly. */
  public static PANOnly getInstance(Object obj) {
    return obj instanceof PANOnly v ? v : new PANOnly(Fields.sequence(TYPE, obj));
  }

  /** The card number. */
  public String getPan() {
    return pan;
  }

  /** EXNonce. */
  public byte[] getExNonce() {
    return exNonce.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.numeric(pan)).add(Der.octets(exNonce)).build();
  }

  @Override
  public String toString() {
    return "PANOnly[redacted]";
  }
}
