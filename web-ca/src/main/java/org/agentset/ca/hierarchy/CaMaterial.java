package org.agentset.ca.hierarchy;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.cert.CaCredential;

/**
 * One CA's keys and certificates as the running CA uses them: the certificate-signing credential
 * (with the CRL and OCSP URLs it writes into what it issues), SET's message-signing and
 * key-exchange pairs where the CA has them, and its chain up to the root.
 *
 * @param name which CA
 * @param signing certificate-signing certificate and key
 * @param message message-signing certificate and key, or null
 * @param exchange key-exchange certificate and key, or null
 * @param chain this CA's certificate first, the root last
 */
public record CaMaterial(
    CaName name,
    CaCredential signing,
    KeyedCertificate message,
    KeyedCertificate exchange,
    List<X509Certificate> chain) {

  /** A certificate with its private key. */
  public record KeyedCertificate(X509Certificate certificate, PrivateKey privateKey) {
    public KeyedCertificate {
      Objects.requireNonNull(certificate, "certificate");
      Objects.requireNonNull(privateKey, "privateKey");
    }
  }

  public CaMaterial {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signing, "signing");
    chain = List.copyOf(chain);
    if (name.hasMessageKeys() && (message == null || exchange == null)) {
      throw new IllegalArgumentException(name + " needs message-signing and key-exchange keys");
    }
  }

  /** The CA certificate. */
  public X509Certificate certificate() {
    return signing.certificate();
  }

  public Optional<KeyedCertificate> messageKey() {
    return Optional.ofNullable(message);
  }

  public Optional<KeyedCertificate> exchangeKey() {
    return Optional.ofNullable(exchange);
  }
}
