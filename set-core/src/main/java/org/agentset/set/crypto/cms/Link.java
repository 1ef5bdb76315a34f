package org.agentset.set.crypto.cms;

import org.agentset.set.crypto.Digests;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.DigestedData;

/**
 * SET's linkage {@code L(t1, t2) = {t1, DD(t2)}}: a value together with the digest of another that
 * it refers to without containing it (PI-OILink = L(PIHead, OIData); OIDualSigned = L(OIData,
 * PIData); the inside of EX = L(t, p)).
 *
 * <pre>
 * L{T1, T2} ::= SEQUENCE {
 *   t1      T1,
 *   t2Hash  DD{T2} }    -- DigestedData, content detached
 * </pre>
 */
public final class Link extends ASN1Object {

  private final ASN1Encodable content;
  private final DigestedData digest;

  public Link(ASN1Encodable content, DigestedData digest) {
    this.content = content;
    this.digest = digest;
  }

  /**
   * Reads a linkage; the digest is read strictly, the content is left to the caller.
   *
   * @param field the structure's name, used in exceptions
   * @throws SetCryptoException {@code MALFORMED} naming the bad field
   */
  public static Link getInstance(Object value, String field) throws SetCryptoException {
    if (value instanceof Link link) {
      return link;
    }
    ASN1Primitive primitive = value instanceof ASN1Encodable e ? e.toASN1Primitive() : null;
    if (!(primitive instanceof ASN1Sequence seq) || seq.size() != 2) {
      throw new SetCryptoException(Reason.MALFORMED, field);
    }
    return new Link(
        seq.getObjectAt(0), Digests.readDigestedData(seq.getObjectAt(1), field + ".t2Hash"));
  }

  /** {@code t1}. */
  public ASN1Encodable content() {
    return content;
  }

  /** {@code DD(t2)}. */
  public DigestedData digest() {
    return digest;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERSequence(new ASN1Encodable[] {content, digest});
  }
}
