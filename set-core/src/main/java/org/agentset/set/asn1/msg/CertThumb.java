package org.agentset.set.asn1.msg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A certificate's thumbprint: the digest of its DER encoding and the algorithm that made it. SET
 * names certificates this way where a message must say which one to use ({@code peThumb}: the
 * gateway key-exchange certificate the cardholder must encrypt to) or which one failed.
 *
 * <pre>
 * CertThumb ::= SEQUENCE {
 *    digestAlgorithm  AlgorithmIdentifier,
 *    thumbprint       Digest
 * }
 * </pre>
 *
 * <p>[U] from SET Book 3's SetMessage as recalled; the reference confirms the names and uses
 * (SET-PROTOCOL.md §1.4). AgentSET uses SHA-256 thumbprints (§4.2).
 */
public final class CertThumb extends ASN1Object {

  private static final String TYPE = "CertThumb";

  private final AlgorithmIdentifier digestAlgorithm;
  private final byte[] thumbprint;

  /** Builds a thumbprint. */
  public CertThumb(AlgorithmIdentifier digestAlgorithm, byte[] thumbprint) {
    this.digestAlgorithm = Check.required("digestAlgorithm", digestAlgorithm);
    this.thumbprint = Check.requiredOctets("thumbprint", thumbprint, 1, SetTypes.SECRET_MAX);
  }

  private CertThumb(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    digestAlgorithm = f.required("digestAlgorithm", SetTypes.ALGORITHM);
    thumbprint = f.required("thumbprint", SetTypes.DIGEST);
    f.end();
  }

  /** Decodes a CertThumb. */
  public static CertThumb getInstance(Object obj) {
    return obj instanceof CertThumb v ? v : new CertThumb(Fields.sequence(TYPE, obj));
  }

  /** The digest algorithm. */
  public AlgorithmIdentifier getDigestAlgorithm() {
    return digestAlgorithm;
  }

  /** The digest of the certificate's DER encoding. */
  public byte[] getThumbprint() {
    return thumbprint.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(digestAlgorithm).add(Der.octets(thumbprint)).build();
  }
}
