package org.agentset.set.crypto;

import org.agentset.set.asn1.SetObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers of AgentSET's algorithm suites and of the few mechanisms the suites add to
 * CMS, all under {@link SetObjectIdentifiers#AGENTSET_SUITES} ({@code AGENTSET.1}).
 *
 * <p>Layout of the arc:
 *
 * <pre>
 * AGENTSET.1.0      suite-independent mechanisms
 * AGENTSET.1.0.1      id-ori-agentset-keyBlock  OtherRecipientInfo type: AgentSetRecipientInfo
 * AGENTSET.1.1      rsa        RSA-3072, RSASSA-PSS-SHA256, RSA-OAEP-SHA256, AES-256-GCM, SHA-256
 * AGENTSET.1.2      p256       ECDSA P-256/SHA-256, HPKE DHKEM(P-256), AES-256-GCM, SHA-256
 * AGENTSET.1.3      pq-hybrid  ML-DSA-65 + ECDSA P-256, ML-KEM-768 + X25519, AES-256-GCM, SHA-256
 * AGENTSET.1.3.1      id-agentset-mldsa65-ecdsaP256  composite signature algorithm and its key
 * AGENTSET.1.3.2      id-agentset-mlkem768-x25519    hybrid key-establishment key
 * </pre>
 *
 * <p>{@code AGENTSET.1.0.2} is reserved (an authenticated attribute for link digests, dropped
 * because OpenSSL 3.0 cannot read AuthEnvelopedData attributes) and must not be reused.
 *
 * <p>A suite identifier travels as an {@code AlgorithmIdentifier} whose parameters are absent;
 * decoders pick the suite with {@link AlgorithmSuites#forIdentifier}. The mechanisms sit under the
 * suites arc (and not under the content-type or attribute arcs other parts of AgentSET use) so that
 * no two parts of the code base allocate the same number.
 */
public final class SuiteIdentifiers {

  /** Suite-independent mechanisms: {@code AGENTSET.1.0}. */
  public static final ASN1ObjectIdentifier MECHANISMS =
      SetObjectIdentifiers.AGENTSET_SUITES.branch("0");

  /**
   * {@code id-ori-agentset-keyBlock}: the {@code oriType} of an {@code OtherRecipientInfo} whose
   * value is an {@code AgentSetRecipientInfo} (a key block sealed to the recipient by the suite's
   * key establishment).
   */
  public static final ASN1ObjectIdentifier ORI_KEY_BLOCK = MECHANISMS.branch("1");

  /** Suite {@code rsa}: {@code AGENTSET.1.1}. */
  public static final ASN1ObjectIdentifier RSA = SetObjectIdentifiers.AGENTSET_SUITES.branch("1");

  /** Suite {@code p256}: {@code AGENTSET.1.2}. */
  public static final ASN1ObjectIdentifier P256 = SetObjectIdentifiers.AGENTSET_SUITES.branch("2");

  /** Suite {@code pq-hybrid}: {@code AGENTSET.1.3}. */
  public static final ASN1ObjectIdentifier PQ_HYBRID =
      SetObjectIdentifiers.AGENTSET_SUITES.branch("3");

  /**
   * {@code id-agentset-mldsa65-ecdsaP256}: the pq-hybrid composite signature algorithm (parameters
   * absent) and the algorithm of its public key in a {@code SubjectPublicKeyInfo}.
   */
  public static final ASN1ObjectIdentifier MLDSA65_ECDSA_P256 = PQ_HYBRID.branch("1");

  /**
   * {@code id-agentset-mlkem768-x25519}: the algorithm of a pq-hybrid key-establishment public key
   * (ML-KEM-768 and X25519 together) in a {@code SubjectPublicKeyInfo}.
   */
  public static final ASN1ObjectIdentifier MLKEM768_X25519 = PQ_HYBRID.branch("2");

  private SuiteIdentifiers() {}
}
