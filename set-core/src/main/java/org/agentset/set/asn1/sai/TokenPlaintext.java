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
 * What a {@link SealedToken} holds: a random authorisation code, and the number of the slot it was
 * made for (so a token cannot be presented for another item of the same mandate).
 *
 * <pre>
 * TokenPlaintext ::= SEQUENCE {
 *    authorisationCode  OCTET STRING (SIZE(32)),
 *    slot               INTEGER (1..16)
 * }
 * </pre>
 */
public final class TokenPlaintext extends ASN1Object {

  private static final String TYPE = "TokenPlaintext";

  /** Length of the authorisation code. */
  public static final int CODE_LENGTH = 32;

  private final byte[] authorisationCode;
  private final int slot;

  public TokenPlaintext(byte[] authorisationCode, int slot) {
    this.authorisationCode =
        Check.requiredOctets("authorisationCode", authorisationCode, CODE_LENGTH, CODE_LENGTH);
    this.slot = (int) Check.range("slot", slot, 1, MandateTerms.MAX_ITEMS);
  }

  private TokenPlaintext(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    authorisationCode = f.required("authorisationCode", Values.octets(CODE_LENGTH, CODE_LENGTH));
    slot = f.required("slot", Values.intValue(1, MandateTerms.MAX_ITEMS));
    f.end();
  }

  /** Decodes a TokenPlaintext. */
  public static TokenPlaintext getInstance(Object obj) {
    return obj instanceof TokenPlaintext v ? v : new TokenPlaintext(Fields.sequence(TYPE, obj));
  }

  public byte[] getAuthorisationCode() {
    return authorisationCode.clone();
  }

  public int getSlot() {
    return slot;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.octets(authorisationCode)).add(Der.integer((long) slot)).build();
  }
}
