package org.agentset.set.asn1.msg;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Decoder;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * What the sender already has cached: thumbprints of certificates, CRLs and BrandCRLIdentifiers, so
 * the responder can leave them out ({@code thumbs}, {@code mThumbs}). A response echoes the
 * request's Thumbs; a mismatch is SET's {@code thumbsMismatch} error.
 *
 * <pre>
 * Thumbs ::= SEQUENCE {
 *    digestAlgorithm   AlgorithmIdentifier,
 *    certThumbs        [0] Digests OPTIONAL,
 *    crlThumbs         [1] Digests OPTIONAL,
 *    brandCRLIdThumbs  [2] Digests OPTIONAL
 * }
 * Digests ::= SEQUENCE SIZE(1..MAX) OF Digest
 * </pre>
 *
 * <p>[U]: SET Book 3 layout as recalled; the reference confirms the roles (SET-PROTOCOL.md §1.4).
 */
public final class Thumbs extends ASN1Object {

  private static final String TYPE = "Thumbs";
  private static final int MAX = 256;
  private static final Decoder<List<byte[]>> DIGESTS = Values.sequenceOf(SetTypes.DIGEST, 1, MAX);

  private final AlgorithmIdentifier digestAlgorithm;
  private final List<byte[]> certThumbs;
  private final List<byte[]> crlThumbs;
  private final List<byte[]> brandCrlIdThumbs;

  /** Builds Thumbs; each list may be null (absent) but not empty. */
  public Thumbs(
      AlgorithmIdentifier digestAlgorithm,
      List<byte[]> certThumbs,
      List<byte[]> crlThumbs,
      List<byte[]> brandCrlIdThumbs) {
    this.digestAlgorithm = Check.required("digestAlgorithm", digestAlgorithm);
    this.certThumbs = digests("certThumbs", certThumbs);
    this.crlThumbs = digests("crlThumbs", crlThumbs);
    this.brandCrlIdThumbs = digests("brandCRLIdThumbs", brandCrlIdThumbs);
  }

  private Thumbs(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    digestAlgorithm = f.required("digestAlgorithm", SetTypes.ALGORITHM);
    certThumbs = f.optionalImplicit(0, "certThumbs", BERTags.SEQUENCE, DIGESTS);
    crlThumbs = f.optionalImplicit(1, "crlThumbs", BERTags.SEQUENCE, DIGESTS);
    brandCrlIdThumbs = f.optionalImplicit(2, "brandCRLIdThumbs", BERTags.SEQUENCE, DIGESTS);
    f.end();
  }

  /** Decodes Thumbs. */
  public static Thumbs getInstance(Object obj) {
    return obj instanceof Thumbs v ? v : new Thumbs(Fields.sequence(TYPE, obj));
  }

  private static List<byte[]> digests(String field, List<byte[]> in) {
    List<byte[]> checked = Check.list(field, in, 1, MAX);
    return checked == null
        ? null
        : checked.stream()
            .map(d -> Check.requiredOctets(field, d, 1, SetTypes.SECRET_MAX))
            .toList();
  }

  /** The digest algorithm of all thumbprints. */
  public AlgorithmIdentifier getDigestAlgorithm() {
    return digestAlgorithm;
  }

  /** Certificate thumbprints, or null. */
  public List<byte[]> getCertThumbs() {
    return copy(certThumbs);
  }

  /** CRL thumbprints, or null. */
  public List<byte[]> getCrlThumbs() {
    return copy(crlThumbs);
  }

  /** BrandCRLIdentifier thumbprints, or null. */
  public List<byte[]> getBrandCrlIdThumbs() {
    return copy(brandCrlIdThumbs);
  }

  private static List<byte[]> copy(List<byte[]> in) {
    return in == null ? null : in.stream().map(byte[]::clone).toList();
  }

  private static ASN1Sequence encode(List<byte[]> in) {
    return in == null ? null : DerSeq.sequenceOf(in.stream().map(DEROctetString::new).toList());
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(digestAlgorithm)
        .implicit(0, encode(certThumbs))
        .implicit(1, encode(crlThumbs))
        .implicit(2, encode(brandCrlIdThumbs))
        .build();
  }
}
