package org.agentset.set.crypto.cms;

import java.util.Arrays;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * What SET put inside its OAEP block, with SHA-256 and AES-256 in place of SHA-1 and DES: the
 * content-encryption key, for EH and EXH the hash of the plaintext that the key encrypts, and for
 * EX and EXH the extra data (e.g. PANData) that only the recipient may read.
 *
 * <pre>
 * KeyBlock ::= SEQUENCE {
 *   contentKey  OCTET STRING (SIZE(32)),                -- AES-256-GCM key of the content
 *   tbeHash     [0] IMPLICIT OCTET STRING (SIZE(32)) OPTIONAL,  -- SHA-256 of the encrypted
 *                                                               -- plaintext (EH, EXH)
 *   extra       [1] EXPLICIT ANY OPTIONAL }             -- DER of the extra data (EX, EXH)
 * </pre>
 *
 * <p>The block is sealed by the suite's key establishment ({@code AlgorithmSuite.sealKeyBlock}):
 * RSA-OAEP for {@code rsa} (whose 3072-bit modulus leaves 318 bytes, so extra data up to about 240
 * bytes fits, as SET's PANData did in its 1024-bit block), HPKE for {@code p256}, the hybrid KEM
 * for {@code pq-hybrid}.
 */
public final class KeyBlock extends ASN1Object {

  /** Length of the content key and of the plaintext hash. */
  private static final int KEY_LENGTH = 32;

  private static final int HASH_LENGTH = 32;

  private final byte[] contentKey;
  private final byte[] tbeHash;
  private final ASN1Primitive extra;

  /**
   * @param contentKey the 32-byte content key
   * @param tbeHash the 32-byte hash of the plaintext, or null
   * @param extra the extra data, or null
   */
  public KeyBlock(byte[] contentKey, byte[] tbeHash, ASN1Primitive extra) {
    if (contentKey.length != KEY_LENGTH || (tbeHash != null && tbeHash.length != HASH_LENGTH)) {
      throw new IllegalArgumentException("key block sizes");
    }
    this.contentKey = contentKey.clone();
    this.tbeHash = tbeHash == null ? null : tbeHash.clone();
    this.extra = extra;
  }

  /**
   * Reads a key block from its DER.
   *
   * @throws SetCryptoException {@code MALFORMED} naming the bad field
   */
  public static KeyBlock decode(byte[] der) throws SetCryptoException {
    ASN1Primitive value = Der.decode(der, "KeyBlock", 4096);
    if (!(value instanceof ASN1Sequence seq) || seq.size() < 1 || seq.size() > 3) {
      throw new SetCryptoException(Reason.MALFORMED, "KeyBlock");
    }
    if (!(seq.getObjectAt(0) instanceof ASN1OctetString key)
        || key.getOctets().length != KEY_LENGTH) {
      throw new SetCryptoException(Reason.MALFORMED, "KeyBlock.contentKey");
    }
    byte[] hash = null;
    ASN1Primitive extra = null;
    int lastTag = -1;
    for (int i = 1; i < seq.size(); i++) {
      if (!(seq.getObjectAt(i) instanceof ASN1TaggedObject tagged)
          || tagged.getTagClass() != BERTags.CONTEXT_SPECIFIC
          || tagged.getTagNo() <= lastTag) {
        throw new SetCryptoException(Reason.MALFORMED, "KeyBlock");
      }
      lastTag = tagged.getTagNo();
      try {
        if (lastTag == 0) {
          hash = ASN1OctetString.getInstance(tagged, false).getOctets();
          if (hash.length != HASH_LENGTH) {
            throw new SetCryptoException(Reason.MALFORMED, "KeyBlock.tbeHash");
          }
        } else if (lastTag == 1 && tagged.isExplicit()) {
          extra = tagged.getExplicitBaseObject().toASN1Primitive();
        } else {
          throw new SetCryptoException(Reason.MALFORMED, "KeyBlock");
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        String field = lastTag == 0 ? "KeyBlock.tbeHash" : "KeyBlock.extra";
        throw new SetCryptoException(Reason.MALFORMED, field, e);
      }
    }
    return new KeyBlock(key.getOctets(), hash, extra);
  }

  /** The content-encryption key. */
  public byte[] contentKey() {
    return contentKey.clone();
  }

  /** The plaintext hash, or null when absent. */
  public byte[] tbeHash() {
    return tbeHash == null ? null : tbeHash.clone();
  }

  /** The extra data, or null when absent. */
  public ASN1Primitive extra() {
    return extra;
  }

  /** Overwrites the key held by this object. */
  public void wipe() {
    Arrays.fill(contentKey, (byte) 0);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector(3);
    v.add(new DEROctetString(contentKey));
    if (tbeHash != null) {
      v.add(new DERTaggedObject(false, 0, new DEROctetString(tbeHash)));
    }
    if (extra != null) {
      v.add(new DERTaggedObject(true, 1, extra));
    }
    return new DERSequence(v);
  }
}
