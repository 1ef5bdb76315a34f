package org.agentset.set.crypto.cms;

import java.util.ArrayList;
import java.util.List;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.Digests;
import org.agentset.set.crypto.SealedKeyBlock;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.asn1.cms.OtherRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The recipient information of an AgentSET envelope whose key block goes beyond a bare content key
 * (SET's EH, EX, EXH, EncX) or whose suite has no CMS key-transport form (p256's HPKE, pq-hybrid's
 * hybrid KEM). It travels as a CMS {@code OtherRecipientInfo} (RFC 5652 §6.2.5) with {@code
 * oriType} {@link SuiteIdentifiers#ORI_KEY_BLOCK}, so the surrounding {@code AuthEnvelopedData}
 * stays standard CMS that any CMS parser (OpenSSL included) can read.
 *
 * <pre>
 * AgentSetRecipientInfo ::= SEQUENCE {
 *   version        INTEGER (0),
 *   rid            RecipientIdentifier,   -- as in CMS KeyTransRecipientInfo
 *   suite          AlgorithmIdentifier,   -- the AgentSET suite, parameters absent
 *   linkDigests    SET SIZE (0..4) OF DigestedData,  -- DD(p), DD(b): the key block's AAD
 *   encapsulation  OCTET STRING,          -- KEM output; empty for RSA-OAEP
 *   sealedKeyBlock OCTET STRING }         -- the KeyBlock sealed to the recipient
 * </pre>
 *
 * <p>The link digests name the extra data in the key block (EX, EXH, EncX, EncBX) and the baggage
 * carried beside the envelope (EncB, EncBX). Their DER (a SET OF) is the associated data of the
 * key-block sealing — the OAEP label, the HPKE {@code aad}, the hybrid AEAD's associated data — so
 * the key block cannot be replayed under other links, and the recipient checks them against the
 * extra data and baggage it ends up with. They sit here rather than in the envelope's {@code
 * authAttrs} because OpenSSL 3.0 mis-tags {@code authAttrs} (openssl issue 26101) and could not
 * read the envelope otherwise.
 */
public final class AgentSetRecipientInfo extends ASN1Object {

  private static final int MAX_LINKS = 4;

  private final RecipientIdentifier rid;
  private final AlgorithmIdentifier suite;
  private final List<DigestedData> linkDigests;
  private final SealedKeyBlock sealed;

  public AgentSetRecipientInfo(
      RecipientIdentifier rid,
      AlgorithmIdentifier suite,
      List<DigestedData> linkDigests,
      SealedKeyBlock sealed) {
    if (linkDigests.size() > MAX_LINKS) {
      throw new IllegalArgumentException("at most 4 link digests");
    }
    this.rid = rid;
    this.suite = suite;
    this.linkDigests = List.copyOf(linkDigests);
    this.sealed = sealed;
  }

  /**
   * Reads the value of an {@code OtherRecipientInfo} of type {@link
   * SuiteIdentifiers#ORI_KEY_BLOCK}.
   *
   * @throws SetCryptoException {@code UNSUPPORTED} for another {@code oriType}, {@code MALFORMED}
   *     naming the bad field
   */
  public static AgentSetRecipientInfo fromOther(OtherRecipientInfo other)
      throws SetCryptoException {
    if (!SuiteIdentifiers.ORI_KEY_BLOCK.equals(other.getType())) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "OtherRecipientInfo.oriType");
    }
    ASN1Encodable value = other.getValue();
    if (!(value instanceof ASN1Sequence seq) || seq.size() != 6) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo");
    }
    if (!(seq.getObjectAt(0) instanceof ASN1Integer version) || !version.hasValue(0)) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.version");
    }
    RecipientIdentifier rid;
    AlgorithmIdentifier suite;
    try {
      rid = RecipientIdentifier.getInstance(seq.getObjectAt(1));
    } catch (IllegalArgumentException e) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.rid", e);
    }
    try {
      suite = AlgorithmIdentifier.getInstance(seq.getObjectAt(2));
    } catch (IllegalArgumentException e) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.suite", e);
    }
    if (!(seq.getObjectAt(3) instanceof ASN1Set set) || set.size() > MAX_LINKS) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.linkDigests");
    }
    List<DigestedData> links = new ArrayList<>();
    for (ASN1Encodable element : set) {
      links.add(Digests.readDigestedData(element, "AgentSetRecipientInfo.linkDigests"));
    }
    if (!(seq.getObjectAt(4) instanceof ASN1OctetString enc)) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.encapsulation");
    }
    if (!(seq.getObjectAt(5) instanceof ASN1OctetString block)) {
      throw new SetCryptoException(Reason.MALFORMED, "AgentSetRecipientInfo.sealedKeyBlock");
    }
    return new AgentSetRecipientInfo(
        rid, suite, links, new SealedKeyBlock(enc.getOctets(), block.getOctets()));
  }

  /** This value wrapped as an {@code OtherRecipientInfo}. */
  public OtherRecipientInfo toOther() {
    return new OtherRecipientInfo(SuiteIdentifiers.ORI_KEY_BLOCK, this);
  }

  /** Whom the envelope is for. */
  public RecipientIdentifier rid() {
    return rid;
  }

  /** The suite that sealed the key block. */
  public AlgorithmIdentifier suite() {
    return suite;
  }

  /** The link digests the key block is bound to. */
  public List<DigestedData> linkDigests() {
    return linkDigests;
  }

  /** The DER of the link digests: the associated data of the key-block sealing. */
  public byte[] associatedData() {
    return Der.encode(linkDigestSet(linkDigests));
  }

  /** The link digests as a DER SET OF. */
  public static DERSet linkDigestSet(List<DigestedData> links) {
    return new DERSet(links.toArray(new ASN1Encodable[0]));
  }

  /** The sealed key block. */
  public SealedKeyBlock sealed() {
    return sealed;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERSequence(
        new ASN1Encodable[] {
          ASN1Integer.ZERO,
          rid,
          suite,
          linkDigestSet(linkDigests),
          new DEROctetString(sealed.encapsulation()),
          new DEROctetString(sealed.ciphertext())
        });
  }
}
