package org.agentset.set.crypto.suite;

import java.io.IOException;
import java.security.PrivateKey;
import java.util.Objects;
import org.agentset.set.crypto.Der;
import org.agentset.set.crypto.SuiteIdentifiers;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A pq-hybrid private key: the two private halves of a {@link HybridPublicKey}.
 *
 * <pre>
 * PrivateKeyInfo {
 *   version             0
 *   privateKeyAlgorithm { id-agentset-mldsa65-ecdsaP256 | id-agentset-mlkem768-x25519 }
 *   privateKey          OCTET STRING containing the DER of
 *     HybridPrivateKey ::= SEQUENCE {
 *       postQuantum  PrivateKeyInfo,    -- ML-DSA-65 or ML-KEM-768
 *       classical    PrivateKeyInfo }   -- EC P-256 or X25519
 * }
 * </pre>
 */
public final class HybridPrivateKey implements PrivateKey {

  private static final long serialVersionUID = 1L;

  private final String algorithmOid;
  private final PrivateKey postQuantum;
  private final PrivateKey classical;

  HybridPrivateKey(ASN1ObjectIdentifier algorithm, PrivateKey postQuantum, PrivateKey classical) {
    this.algorithmOid = algorithm.getId();
    this.postQuantum = Objects.requireNonNull(postQuantum, "postQuantum");
    this.classical = Objects.requireNonNull(classical, "classical");
  }

  /** The hybrid's algorithm (see {@code SuiteIdentifiers}). */
  public ASN1ObjectIdentifier algorithmIdentifier() {
    return new ASN1ObjectIdentifier(algorithmOid);
  }

  /** ML-DSA-65 or ML-KEM-768. */
  public PrivateKey postQuantum() {
    return postQuantum;
  }

  /** EC P-256 or X25519. */
  public PrivateKey classical() {
    return classical;
  }

  @Override
  public String getAlgorithm() {
    return algorithmName(algorithmOid);
  }

  @Override
  public String getFormat() {
    return "PKCS#8";
  }

  @Override
  public byte[] getEncoded() {
    DERSequence pair =
        new DERSequence(
            new ASN1Encodable[] {
              PrivateKeyInfo.getInstance(postQuantum.getEncoded()),
              PrivateKeyInfo.getInstance(classical.getEncoded())
            });
    try {
      return Der.encode(
          new PrivateKeyInfo(
              new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithmOid)), pair));
    } catch (IOException e) {
      throw new IllegalStateException("PKCS#8 encoding failed", e);
    }
  }

  static String algorithmName(String oid) {
    if (SuiteIdentifiers.MLDSA65_ECDSA_P256.getId().equals(oid)) {
      return "MLDSA65-ECDSA-P256";
    }
    return "MLKEM768-X25519";
  }
}
