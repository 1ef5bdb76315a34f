package org.agentset.set.crypto;

import java.security.KeyPair;
import java.util.Objects;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The receiving side of {@link Recipient}: a key-exchange key pair and, if it has one, its
 * certificate. Envelopes whose recipient identifier names neither are refused with {@code
 * WRONG_RECIPIENT} before any private-key operation.
 */
public final class RecipientKey {

  private final KeyPair keyPair;
  private final X509CertificateHolder certificate;

  /**
   * @param keyPair the key-exchange key pair
   * @param certificate its certificate, or null if envelopes name it by key identifier
   */
  public RecipientKey(KeyPair keyPair, X509CertificateHolder certificate) {
    this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
    this.certificate = certificate;
  }

  /** The key pair. */
  public KeyPair keyPair() {
    return keyPair;
  }

  /** The certificate, or null. */
  public X509CertificateHolder certificate() {
    return certificate;
  }

  /** The public view, to seal to this key. */
  public Recipient recipient() {
    return certificate == null
        ? Recipient.of(keyPair.getPublic())
        : Recipient.ofKey(keyPair.getPublic(), certificate);
  }

  /** Whether {@code rid} names this key: by certificate, or by key identifier. */
  boolean matches(RecipientIdentifier rid) {
    if (certificate != null
        && KeyIdentifiers.recipientId(certificate, keyPair.getPublic()).equals(rid)) {
      return true;
    }
    return KeyIdentifiers.recipientId(null, keyPair.getPublic()).equals(rid);
  }
}
