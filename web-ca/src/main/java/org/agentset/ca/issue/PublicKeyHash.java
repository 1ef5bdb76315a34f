package org.agentset.ca.issue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;

/**
 * The identity of a certified key in the registry that keeps any key from being certified twice
 * (SET-PROTOCOL.md §2.2, "the CA checks to have never certified the key"): SHA-256 over the
 * DER SubjectPublicKeyInfo, so the same key in another encoding of its parameters is a different
 * entry only if its SubjectPublicKeyInfo differs.
 */
public final class PublicKeyHash {

  private PublicKeyHash() {}

  public static byte[] of(PublicKey key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
