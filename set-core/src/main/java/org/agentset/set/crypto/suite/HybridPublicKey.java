package org.agentset.set.crypto.suite;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.agentset.set.crypto.Der;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A pq-hybrid public key: a post-quantum key and a classical key that are only ever used together,
 * as one {@link PublicKey} so that certificates, CMS and the rest of the JCA-shaped code handle it
 * like any other key.
 *
 * <pre>
 * SubjectPublicKeyInfo {
 *   algorithm        { id-agentset-mldsa65-ecdsaP256 | id-agentset-mlkem768-x25519 }, params absent
 *   subjectPublicKey BIT STRING containing the DER of
 *     HybridPublicKey ::= SEQUENCE {
 *       postQuantum  SubjectPublicKeyInfo,   -- ML-DSA-65 or ML-KEM-768
 *       classical    SubjectPublicKeyInfo }  -- EC P-256 or X25519
 * }
 * </pre>
 */
public final class HybridPublicKey implements PublicKey {

  private static final long serialVersionUID = 1L;

  private final String algorithmOid;
  private final PublicKey postQuantum;
  private final PublicKey classical;

  HybridPublicKey(ASN1ObjectIdentifier algorithm, PublicKey postQuantum, PublicKey classical) {
    this.algorithmOid = algorithm.getId();
    this.postQuantum = Objects.requireNonNull(postQuantum, "postQuantum");
    this.classical = Objects.requireNonNull(classical, "classical");
  }

  /** The hybrid's algorithm (see {@code SuiteIdentifiers}). */
  public ASN1ObjectIdentifier algorithmIdentifier() {
    return new ASN1ObjectIdentifier(algorithmOid);
  }

  /** ML-DSA-65 or ML-KEM-768. */
  public PublicKey postQuantum() {
    return postQuantum;
  }

  /** EC P-256 or X25519. */
  public PublicKey classical() {
    return classical;
  }

  @Override
  public String getAlgorithm() {
    return HybridPrivateKey.algorithmName(algorithmOid);
  }

  @Override
  public String getFormat() {
    return "X.509";
  }

  @Override
  public byte[] getEncoded() {
    DERSequence pair =
        new DERSequence(
            new ASN1Encodable[] {
              SubjectPublicKeyInfo.getInstance(postQuantum.getEncoded()),
              SubjectPublicKeyInfo.getInstance(classical.getEncoded())
            });
    return Der.encode(
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithmOid)), Der.encode(pair)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HybridPublicKey other && Arrays.equals(getEncoded(), other.getEncoded());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(getEncoded());
  }
}
