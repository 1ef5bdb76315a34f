package org.agentset.set.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A key block sealed to one recipient by a suite's key establishment: the KEM encapsulation (empty
 * for RSA-OAEP, the HPKE {@code enc} for p256, the ML-KEM ciphertext followed by the ephemeral
 * X25519 key for pq-hybrid) and the ciphertext of the block.
 */
public final class SealedKeyBlock {

  private final byte[] encapsulation;
  private final byte[] ciphertext;

  public SealedKeyBlock(byte[] encapsulation, byte[] ciphertext) {
    this.encapsulation = Objects.requireNonNull(encapsulation, "encapsulation").clone();
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
  }

  /** The KEM encapsulation; empty for key transport without one. */
  public byte[] encapsulation() {
    return encapsulation.clone();
  }

  /** The sealed block. */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedKeyBlock other
        && Arrays.equals(encapsulation, other.encapsulation)
        && Arrays.equals(ciphertext, other.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(encapsulation) + Arrays.hashCode(ciphertext);
  }
}
