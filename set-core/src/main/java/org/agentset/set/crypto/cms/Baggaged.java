package org.agentset.set.crypto.cms;

import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;

/**
 * The result of SET's EncB and EncBX: a signed envelope over {@code L(t, b)} with the baggage
 * {@code b} carried beside it, outside the encryption (AuthReq carries the PI this way: the
 * merchant cannot open the PI, but signs its digest, and the gateway checks it).
 *
 * <pre>
 * EncB{S, R, T, B} ::= SEQUENCE {
 *   enc      ContentInfo,   -- AuthEnvelopedData: Enc{S, R, L{T, B}} or EncX{S, R, L{T, B}, P}
 *   baggage  B }
 * </pre>
 */
public final class Baggaged extends ASN1Object {

  private final ContentInfo envelope;
  private final ASN1Encodable baggage;

  public Baggaged(ContentInfo envelope, ASN1Encodable baggage) {
    this.envelope = envelope;
    this.baggage = baggage;
  }

  /**
   * Reads the pair from its DER.
   *
   * @throws SetCryptoException {@code MALFORMED} naming the bad field
   */
  public static Baggaged decode(byte[] der) throws SetCryptoException {
    ASN1Primitive value = Der.decode(der, "EncB");
    if (!(value instanceof ASN1Sequence seq) || seq.size() != 2) {
      throw new SetCryptoException(Reason.MALFORMED, "EncB");
    }
    ContentInfo envelope;
    try {
      envelope = ContentInfo.getInstance(seq.getObjectAt(0));
    } catch (IllegalArgumentException e) {
      throw new SetCryptoException(Reason.MALFORMED, "EncB.enc", e);
    }
    if (!CMSObjectIdentifiers.authEnvelopedData.equals(envelope.getContentType())) {
      throw new SetCryptoException(Reason.MALFORMED, "EncB.enc");
    }
    return new Baggaged(envelope, seq.getObjectAt(1));
  }

  /** The DER of the envelope. */
  public byte[] envelope() {
    return Der.encode(envelope);
  }

  /** The baggage as carried. */
  public ASN1Encodable baggage() {
    return baggage;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERSequence(new ASN1Encodable[] {envelope, baggage});
  }
}
