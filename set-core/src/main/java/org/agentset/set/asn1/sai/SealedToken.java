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
 * An authorisation token sealed under a per-item key K that only the customer's wallet holds: the
 * agent carries it and hands it back in a {@link PaymentStart}, but can neither read nor forge it.
 *
 * <pre>
 * SealedToken ::= SEQUENCE {
 *    nonce       OCTET STRING (SIZE(12)),
 *    ciphertext  OCTET STRING (SIZE(17..256))
 *      -- AES-256-GCM(K, nonce, aad = SHA-256(DER(MandateTerms)), DER(TokenPlaintext)), tag last
 * }
 * </pre>
 */
public final class SealedToken extends ASN1Object {

  private static final String TYPE = "SealedToken";

  /** GCM nonce length. */
  public static final int NONCE_LENGTH = 12;

  /** Longest ciphertext. */
  public static final int MAX_CIPHERTEXT = 256;

  private final byte[] nonce;
  private final byte[] ciphertext;

  public SealedToken(byte[] nonce, byte[] ciphertext) {
    this.nonce = Check.requiredOctets("nonce", nonce, NONCE_LENGTH, NONCE_LENGTH);
    this.ciphertext = Check.requiredOctets("ciphertext", ciphertext, 17, MAX_CIPHERTEXT);
  }

  private SealedToken(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    nonce = f.required("nonce", Values.octets(NONCE_LENGTH, NONCE_LENGTH));
    ciphertext = f.required("ciphertext", Values.octets(17, MAX_CIPHERTEXT));
    f.end();
  }

  /** Decodes a SealedToken. */
  public static SealedToken getInstance(Object obj) {
    return obj instanceof SealedToken v ? v : new SealedToken(Fields.sequence(TYPE, obj));
  }

  public byte[] getNonce() {
    return nonce.clone();
  }

  /** The ciphertext followed by the 16-byte tag. */
  public byte[] getCiphertext() {
    return ciphertext.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.octets(nonce)).add(Der.octets(ciphertext)).build();
  }
}
