package org.agentset.set.reg;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.agentset.set.msg.Credential;

/**
 * One registration CA (cardholder, merchant or gateway CA) as the registration protocols use it:
 * its message-signing credential (signs every response), its key-exchange credential (opens every
 * request sealed to it), and the chain of the CA that issues the certificates, carried in responses
 * so the end entity can validate what it receives.
 *
 * @param signature the CA's {@code *_CA_SIGNATURE} key and certificate, with its chain
 * @param keyExchange the CA's {@code *_CA_KEY_EXCHANGE} key and certificate, with its chain
 * @param issuerChain the issuing CA's certificate and its issuers, root excluded
 */
public record CaKeys(
    Credential signature, Credential keyExchange, List<X509Certificate> issuerChain) {

  public CaKeys {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(keyExchange, "keyExchange");
    issuerChain = List.copyOf(issuerChain);
  }
}
