package org.agentset.wallet.model;

import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain, as issued by the CA: the cardholder's SET signature
 * credential (one per card) or the wallet's communication credential (one per wallet).
 *
 * @param privateKey the key in PKCS#8 DER
 * @param chain the certificates in DER, the holder's own first
 */
public record KeyCredential(Bytes privateKey, List<Bytes> chain) {

  /** Copies the chain and checks it names at least the holder's certificate. */
  public KeyCredential {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a credential needs at least its own certificate");
    }
  }
}
