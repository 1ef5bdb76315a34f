package org.agentset.set.crypto;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Who signs, in which suite: a signature key pair, and the certificate that names it (SET's
 * SignerInfos name the signer by issuer and serial number and carry the signer's certificate chain
 * in {@code certificates}). Without a certificate the signer is named by key identifier, which SET
 * needs once: the self-signed CertReq that proves possession of a new key.
 */
public final class Signer {

  private final AlgorithmSuite suite;
  private final KeyPair keyPair;
  private final X509CertificateHolder certificate;
  private final List<X509CertificateHolder> certificates;

  private Signer(
      AlgorithmSuite suite,
      KeyPair keyPair,
      X509CertificateHolder certificate,
      List<X509CertificateHolder> certificates) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
    this.certificate = certificate;
    this.certificates = List.copyOf(certificates);
  }

  /**
   * A signer named by {@code certificate}, carrying {@code certificates} (typically the signer's
   * certificate and its chain up to, not including, the root) in every SignedData.
   */
  public static Signer withCertificate(
      AlgorithmSuite suite,
      KeyPair keyPair,
      X509CertificateHolder certificate,
      List<X509CertificateHolder> certificates) {
    return new Signer(
        suite, keyPair, Objects.requireNonNull(certificate, "certificate"), certificates);
  }

  /** A signer named by the key identifier of its public key, carrying no certificates. */
  public static Signer withKeyIdentifier(AlgorithmSuite suite, KeyPair keyPair) {
    return new Signer(suite, keyPair, null, List.of());
  }

  /** The suite the signer signs in. */
  public AlgorithmSuite suite() {
    return suite;
  }

  /** The private key. */
  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  /** The public key. */
  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  /** The signer's certificate, or null. */
  public X509CertificateHolder certificate() {
    return certificate;
  }

  /** The certificates carried in the SignedData. */
  public List<X509CertificateHolder> certificates() {
    return certificates;
  }
}
