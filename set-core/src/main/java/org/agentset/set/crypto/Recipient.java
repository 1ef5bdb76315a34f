package org.agentset.set.crypto;

import java.security.PublicKey;
import java.util.Objects;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Whom an envelope is sealed to: a key-exchange public key, named in the envelope by its
 * certificate (issuer and serial number) or, without a certificate, by its key identifier. Checking
 * that the certificate is the right one for the purpose (a gateway's key-exchange certificate,
 * valid, chaining to the brand) is the caller's job, before sealing.
 */
public final class Recipient {

  private final PublicKey key;
  private final X509CertificateHolder certificate;

  private Recipient(PublicKey key, X509CertificateHolder certificate) {
    this.key = Objects.requireNonNull(key, "key");
    this.certificate = certificate;
  }

  /**
   * The holder of {@code certificate}'s key-exchange key, read with {@code suite}.
   *
   * @throws SetCryptoException {@code WRONG_KEY} if the certified key is not a key-exchange key of
   *     the suite
   */
  public static Recipient of(AlgorithmSuite suite, X509CertificateHolder certificate)
      throws SetCryptoException {
    PublicKey key =
        suite.decodePublicKey(KeyPurpose.KEY_EXCHANGE, certificate.getSubjectPublicKeyInfo());
    return new Recipient(key, certificate);
  }

  static Recipient ofKey(PublicKey key, X509CertificateHolder certificate) {
    return new Recipient(key, certificate);
  }

  /** The holder of {@code key}, named by key identifier. */
  public static Recipient of(PublicKey key) {
    return new Recipient(key, null);
  }

  /** The key-exchange public key. */
  public PublicKey key() {
    return key;
  }

  /** The certificate, or null. */
  public X509CertificateHolder certificate() {
    return certificate;
  }

  RecipientIdentifier identifier() {
    return KeyIdentifiers.recipientId(certificate, key);
  }
}
