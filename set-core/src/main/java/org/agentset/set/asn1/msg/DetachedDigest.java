package org.agentset.set.asn1.msg;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * SET's {@code DD{T}} operator result: a CMS DigestedData of the DER encoding of a value of type T,
 * with the content detached. It is how SET links two halves of a message (the {@code L{T1,T2}}
 * operator is {@code {T1, DD(T2)}}) and what the dual signature signs ({@code DD(PIData)}, {@code
 * DD(OIData)}); HOD is {@code DD(HODInput)}. The {@code eContentType} names T (a {@code setct-*}
 * identifier from {@link MessageIdentifiers}), so a digest of one type cannot stand in for another.
 *
 * <pre>
 * DD { T } ::= DigestedData      -- RFC 5652 section 7, eContent ABSENT
 * DigestedData ::= SEQUENCE {
 *    version           CMSVersion,               -- 0 for id-data, otherwise 2
 *    digestAlgorithm   DigestAlgorithmIdentifier,
 *    encapContentInfo  EncapsulatedContentInfo,  -- SEQUENCE { eContentType OBJECT IDENTIFIER }
 *    digest            Digest
 * }
 * </pre>
 *
 * <p>Computing the digest is {@code org.agentset.set.crypto}'s job; this class only carries it.
 */
public final class DetachedDigest extends ASN1Object {

  private static final String TYPE = "DD";

  private final AlgorithmIdentifier digestAlgorithm;
  private final ASN1ObjectIdentifier contentType;
  private final byte[] digest;

  /** Builds {@code DD{T}} for a value whose type has content type {@code contentType}. */
  public DetachedDigest(
      AlgorithmIdentifier digestAlgorithm, ASN1ObjectIdentifier contentType, byte[] digest) {
    this.digestAlgorithm = Check.required("digestAlgorithm", digestAlgorithm);
    this.contentType = Check.required("eContentType", contentType);
    this.digest = Check.requiredOctets("digest", digest, 1, SetTypes.SECRET_MAX);
  }

  private DetachedDigest(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    int version = f.required("version", Values.intValue(0, 2));
    digestAlgorithm = f.required("digestAlgorithm", SetTypes.ALGORITHM);
    contentType = f.required("encapContentInfo", DetachedDigest::encapsulated);
    digest = f.required("digest", SetTypes.DIGEST);
    f.end();
    if (version != versionFor(contentType)) {
      throw new SetDecodingException(BAD_VALUE, TYPE + ".version", "must be 0 for id-data, else 2");
    }
  }

  /** Decodes {@code DD{T}}. */
  public static DetachedDigest getInstance(Object obj) {
    return obj instanceof DetachedDigest v ? v : new DetachedDigest(Fields.sequence(TYPE, obj));
  }

  private static ASN1ObjectIdentifier encapsulated(org.bouncycastle.asn1.ASN1Encodable e) {
    Fields f = Fields.of("EncapsulatedContentInfo", Values.as(ASN1Sequence.class, e, "SEQUENCE"));
    ASN1ObjectIdentifier type = f.required("eContentType", Values.oid());
    f.end(); // eContent must be absent: the content is detached
    return type;
  }

  private static int versionFor(ASN1ObjectIdentifier contentType) {
    return CMSObjectIdentifiers.data.equals(contentType) ? 0 : 2;
  }

  /** The digest algorithm. */
  public AlgorithmIdentifier getDigestAlgorithm() {
    return digestAlgorithm;
  }

  /** The content type of the digested value. */
  public ASN1ObjectIdentifier getContentType() {
    return contentType;
  }

  /** The digest. */
  public byte[] getDigest() {
    return digest.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) versionFor(contentType)))
        .add(digestAlgorithm)
        .add(DerSeq.of().add(contentType).build())
        .add(Der.octets(digest))
        .build();
  }
}
