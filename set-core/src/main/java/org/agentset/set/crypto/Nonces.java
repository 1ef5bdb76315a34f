package org.agentset.set.crypto;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * SET's fresh random values, all 20 bytes (SET's {@code Nonce}, 160 bits, beyond the 128 bits a
 * salt against guessing needs): XID, challenges, EXNonce (in PANData and PANToken, so that the
 * digest of PANData the merchant sees cannot be tested against guessed card numbers), ODSalt (in
 * HODInput, likewise for the gateway and the order), CardSecret and the CA's nonce.
 */
public final class Nonces {

  /** Length of every nonce. */
  public static final int LENGTH = 20;

  private final SecureRandom random;

  public Nonces(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A fresh EXNonce for PANData, PANToken, PANOnly or PANData0. */
  public byte[] exNonce() {
    return next();
  }

  /** A fresh ODSalt for HODInput. */
  public byte[] odSalt() {
    return next();
  }

  /** A fresh XID (transaction identifier). */
  public byte[] xid() {
    return next();
  }

  /** A fresh challenge (Chall-C, Chall-M, Chall-EE...). */
  public byte[] challenge() {
    return next();
  }

  /** A fresh CardSecret (cardholder registration) or CA nonce. */
  public byte[] secret() {
    return next();
  }

  private byte[] next() {
    byte[] out = new byte[LENGTH];
    random.nextBytes(out);
    return out;
  }
}
