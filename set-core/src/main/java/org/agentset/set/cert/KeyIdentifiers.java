package org.agentset.set.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Subject key identifiers by RFC 7093 method 1: the leftmost 160 bits of SHA-256 over the
 * subjectPublicKey BIT STRING value. SHA-1 (RFC 5280's example) is not used anywhere in AgentSET.
 */
final class KeyIdentifiers {

  private KeyIdentifiers() {}

  static byte[] of(PublicKey key) {
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.getEncoded());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(spki.getPublicKeyData().getBytes());
      return Arrays.copyOf(digest, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
