package org.agentset.set.crypto;

import java.security.Provider;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.suite.P256Suite;
import org.agentset.set.crypto.suite.PqHybridSuite;
import org.agentset.set.crypto.suite.RsaSuite;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The three AgentSET suites, built once around one Bouncy Castle provider object and one source of
 * randomness, and found again from what travels on the wire.
 *
 * <p>Typical use: {@code new AlgorithmSuites(new BouncyCastleProvider(), new SecureRandom())} held
 * by the party's configuration; decoders call {@link #forIdentifier} with the suite identifier a
 * message carries, then compare it with the suite the party's policy expects.
 */
public final class AlgorithmSuites {

  private final RsaSuite rsa;
  private final P256Suite p256;
  private final PqHybridSuite pqHybrid;

  /**
   * @param provider a Bouncy Castle provider object; it is used directly and never registered
   * @param random the randomness for keys, signatures, envelopes and nonces
   */
  public AlgorithmSuites(Provider provider, SecureRandom random) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(random, "random");
    this.rsa = new RsaSuite(provider, random);
    this.p256 = new P256Suite(provider, random);
    this.pqHybrid = new PqHybridSuite(provider, random);
  }

  /** Suite {@code rsa}. */
  public RsaSuite rsa() {
    return rsa;
  }

  /** Suite {@code p256}, the default. */
  public P256Suite p256() {
    return p256;
  }

  /** Suite {@code pq-hybrid}. */
  public PqHybridSuite pqHybrid() {
    return pqHybrid;
  }

  /** All suites, in the order rsa, p256, pq-hybrid. */
  public List<AlgorithmSuite> all() {
    return List.of(rsa, p256, pqHybrid);
  }

  /**
   * The suite named by a suite identifier from the wire.
   *
   * @throws SetCryptoException {@code UNKNOWN_SUITE} for any other OID; {@code MALFORMED} if
   *     parameters are present (suite identifiers have none)
   */
  public AlgorithmSuite forIdentifier(AlgorithmIdentifier identifier) throws SetCryptoException {
    if (identifier == null) {
      throw new SetCryptoException(Reason.MALFORMED, "suite identifier");
    }
    AlgorithmSuite suite = forOid(identifier.getAlgorithm());
    if (identifier.getParameters() != null) {
      throw new SetCryptoException(Reason.MALFORMED, "suite identifier parameters");
    }
    return suite;
  }

  /**
   * The suite whose signature algorithm is {@code algorithm} (exact parameters included).
   *
   * @throws SetCryptoException {@code UNKNOWN_SUITE} if no suite signs that way
   */
  public AlgorithmSuite forSignatureAlgorithm(AlgorithmIdentifier algorithm)
      throws SetCryptoException {
    for (AlgorithmSuite suite : all()) {
      if (algorithm != null && suite.isSignatureAlgorithm(algorithm)) {
        return suite;
      }
    }
    throw new SetCryptoException(Reason.UNKNOWN_SUITE, "signature algorithm");
  }

  /**
   * The suite with object identifier {@code oid}.
   *
   * @throws SetCryptoException {@code UNKNOWN_SUITE} if there is none
   */
  public AlgorithmSuite forOid(ASN1ObjectIdentifier oid) throws SetCryptoException {
    for (AlgorithmSuite suite : all()) {
      if (suite.oid().equals(oid)) {
        return suite;
      }
    }
    throw new SetCryptoException(Reason.UNKNOWN_SUITE, "suite identifier");
  }

  /**
   * The suite named {@code name} ({@code rsa}, {@code p256}, {@code pq-hybrid}), for configuration
   * files.
   *
   * @throws SetCryptoException {@code UNKNOWN_SUITE} if there is none
   */
  public AlgorithmSuite forName(String name) throws SetCryptoException {
    for (AlgorithmSuite suite : all()) {
      if (suite.name().equals(name)) {
        return suite;
      }
    }
    throw new SetCryptoException(Reason.UNKNOWN_SUITE, "suite name");
  }
}
