package org.agentset.set.cert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The cardholder's PANSecret: the key of the hashed identity in the cardholder certificate, shared
 * by the cardholder, the cardholder CA and (inside PANData) the payment gateway.
 *
 * <p>SET 1.0 set PANSecret = CardSecret ⊕ NonceCCA (Isabelle model, SET-PROTOCOL.md §1.3). AgentSET
 * derives it instead with HKDF-SHA256 (RFC 5869):
 *
 * <pre>
 * PANSecret = HKDF-SHA256(IKM = CardSecret, salt = NonceCCA, info = "AgentSET PANSecret v1", L = 32)
 * </pre>
 *
 * <p>Both contributions still count (the cardholder's CardSecret from CertReq's PANData0, the CA's
 * nonce from CertRes), the result is a uniformly distributed 256-bit key, and a CA nonce chosen to
 * cancel CardSecret no longer yields a known PANSecret. Each input must be at least 16 bytes (SET
 * uses 20).
 */
public final class PanSecret {

  /** HKDF info string, ASCII, without terminator. */
  public static final String INFO = "AgentSET PANSecret v1";

  /** Length of a PANSecret in bytes. */
  public static final int LENGTH = 32;

  private static final int MIN_INPUT = 16;

  private final byte[] value;

  private PanSecret(byte[] value) {
    this.value = value;
  }

  /** Derives PANSecret from the cardholder's {@code cardSecret} and the CA's {@code caNonce}. */
  public static PanSecret derive(byte[] cardSecret, byte[] caNonce) {
    if (cardSecret == null || cardSecret.length < MIN_INPUT) {
      throw new IllegalArgumentException("CardSecret must be at least " + MIN_INPUT + " bytes");
    }
    if (caNonce == null || caNonce.length < MIN_INPUT) {
      throw new IllegalArgumentException("CA nonce must be at least " + MIN_INPUT + " bytes");
    }
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(cardSecret, caNonce, INFO.getBytes(StandardCharsets.US_ASCII)));
    byte[] out = new byte[LENGTH];
    hkdf.generateBytes(out, 0, LENGTH);
    return new PanSecret(out);
  }

  /** A PANSecret received as is (the gateway reads it from PANData); must be 32 bytes. */
  public static PanSecret of(byte[] value) {
    if (value == null || value.length != LENGTH) {
      throw new IllegalArgumentException("PANSecret must be " + LENGTH + " bytes");
    }
    return new PanSecret(value.clone());
  }

  /** The 32 secret bytes (a copy). */
  public byte[] bytes() {
    return value.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PanSecret p && MessageDigest.isEqual(value, p.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "PanSecret[redacted]";
  }
}
