package org.agentset.set.crypto;

import java.security.MessageDigest;
import java.util.Objects;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.DigestedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * SET's hashing operators in a suite: H (a bare hash), DD (a CMS DigestedData with detached
 * content, RFC 5652 §7) and L (linkage, {@code {t1, DD(t2)}}).
 *
 * <p>DD hashes the DER of the value and names the value's SET content type in {@code
 * encapContentInfo}, whose content is absent: the verifier holds the value and recomputes. A check
 * compares algorithm, content type and digest, the digest in constant time; any difference is
 * reported with the field the caller names, never with the values.
 *
 * <pre>
 * DD{T} ::= DigestedData {
 *   version          2,                      -- 0 only for id-data, as RFC 5652 requires
 *   digestAlgorithm  sha256 (params absent),
 *   encapContentInfo { eContentType = T's content type, eContent absent },
 *   digest           SHA-256(DER(t)) }
 * </pre>
 */
public final class Digests {

  private static final int MAX_DIGEST = 64;

  private final AlgorithmSuite suite;

  public Digests(AlgorithmSuite suite) {
    this.suite = Objects.requireNonNull(suite, "suite");
  }

  /** H(t): SHA-256 of {@code data}. */
  public byte[] hash(byte[] data) {
    return suite.digest(data);
  }

  /** DD(t) of a value given as ASN.1. */
  public DigestedData digestedData(ASN1ObjectIdentifier contentType, ASN1Encodable content) {
    return digestedData(contentType, Der.encode(content));
  }

  /** DD(t) of a value given as its DER. */
  public DigestedData digestedData(ASN1ObjectIdentifier contentType, byte[] der) {
    int version = CMSObjectIdentifiers.data.equals(contentType) ? 0 : 2;
    return DigestedData.getInstance(
        new DERSequence(
            new ASN1Encodable[] {
              new ASN1Integer(version),
              suite.digestAlgorithm(),
              new ContentInfo(contentType, null),
              new DEROctetString(suite.digest(der))
            }));
  }

  /**
   * Checks that {@code dd} is DD of the value whose DER is {@code der}.
   *
   * @param field the structure named in an exception, e.g. {@code "OIDualSigned.hPIData"}
   * @throws SetCryptoException {@code SUITE_MISMATCH} for another digest algorithm, {@code
   *     CONTENT_TYPE_MISMATCH}, or {@code DIGEST_MISMATCH}
   */
  public void check(DigestedData dd, ASN1ObjectIdentifier contentType, byte[] der, String field)
      throws SetCryptoException {
    DigestedData strict = readDigestedData(dd, field);
    if (!suite.digestAlgorithm().equals(strict.getDigestAlgorithm())) {
      throw new SetCryptoException(Reason.SUITE_MISMATCH, field + ".digestAlgorithm");
    }
    if (!contentType.equals(strict.getEncapContentInfo().getContentType())) {
      throw new SetCryptoException(Reason.CONTENT_TYPE_MISMATCH, field + ".encapContentInfo");
    }
    if (!MessageDigest.isEqual(suite.digest(der), strict.getDigest())) {
      throw new SetCryptoException(Reason.DIGEST_MISMATCH, field);
    }
  }

  /** As {@link #check(DigestedData, ASN1ObjectIdentifier, byte[], String)} for an ASN.1 value. */
  public void check(
      DigestedData dd, ASN1ObjectIdentifier contentType, ASN1Encodable value, String field)
      throws SetCryptoException {
    check(dd, contentType, Der.encode(value), field);
  }

  /** L(t1, t2) = {t1, DD(t2)}. */
  public Link link(ASN1Encodable t1, ASN1ObjectIdentifier t2Type, ASN1Encodable t2) {
    return new Link(t1, digestedData(t2Type, t2));
  }

  /**
   * Checks that {@code link} refers to {@code t2}.
   *
   * @throws SetCryptoException as {@link #check(DigestedData, ASN1ObjectIdentifier, byte[],
   *     String)}
   */
  public void checkLink(Link link, ASN1ObjectIdentifier t2Type, byte[] t2Der, String field)
      throws SetCryptoException {
    check(link.digest(), t2Type, t2Der, field + ".t2Hash");
  }

  /**
   * Reads a DigestedData strictly: exactly four fields, version 2 (0 for id-data), an algorithm
   * identifier, a ContentInfo holding only the content type, and a digest of at most 64 bytes.
   *
   * @throws SetCryptoException {@code MALFORMED} naming {@code field}
   */
  public static DigestedData readDigestedData(ASN1Encodable value, String field)
      throws SetCryptoException {
    try {
      ASN1Sequence seq = ASN1Sequence.getInstance(value);
      if (seq.size() != 4) {
        throw new SetCryptoException(Reason.MALFORMED, field);
      }
      ASN1Integer version = ASN1Integer.getInstance(seq.getObjectAt(0));
      AlgorithmIdentifier.getInstance(seq.getObjectAt(1));
      ASN1Sequence info = ASN1Sequence.getInstance(seq.getObjectAt(2));
      ASN1ObjectIdentifier type = ASN1ObjectIdentifier.getInstance(info.getObjectAt(0));
      ASN1OctetString digest = ASN1OctetString.getInstance(seq.getObjectAt(3));
      int expected = CMSObjectIdentifiers.data.equals(type) ? 0 : 2;
      if (info.size() != 1
          || !version.hasValue(expected)
          || digest.getOctets().length == 0
          || digest.getOctets().length > MAX_DIGEST) {
        throw new SetCryptoException(Reason.MALFORMED, field);
      }
      return DigestedData.getInstance(seq);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SetCryptoException(Reason.MALFORMED, field, e);
    }
  }
}
