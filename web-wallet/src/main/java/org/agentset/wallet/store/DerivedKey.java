package org.agentset.wallet.store;

import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The key material derived from the password: the AES-256-GCM key and the key check. Held in memory
 * only while the wallet is unlocked and overwritten with zeros when it locks.
 */
final class DerivedKey implements Destroyable {

  /** Length of each part, in bytes. */
  static final int LENGTH = 32;

  private final byte[] aesKey;
  private final byte[] keyCheck;
  private boolean destroyed;

  DerivedKey(byte[] aesKey, byte[] keyCheck) {
    this.aesKey = aesKey;
    this.keyCheck = keyCheck;
  }

  /** The AES-256-GCM key (not a copy: callers must not keep it). */
  byte[] aesKey() {
    if (destroyed) {
      throw new IllegalStateException("the wallet key was destroyed when the wallet locked");
    }
    return aesKey;
  }

  /** A copy of the key check written into the file header. */
  byte[] keyCheck() {
    return keyCheck.clone();
  }

  /** Whether {@code stored} is this key's check, compared in constant time. */
  boolean matches(byte[] stored) {
    return MessageDigest.isEqual(keyCheck, stored);
  }

  @Override
  public void destroy() {
    Arrays.fill(aesKey, (byte) 0);
    Arrays.fill(keyCheck, (byte) 0);
    destroyed = true;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }
}
