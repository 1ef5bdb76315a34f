package org.agentset.set.crypto;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A symmetric key both ends already hold, used by SET's EncK: the cardholder's CABackKey and
 * AcqBackKey, and the gateway's own key for its self-addressed CapToken and AuthToken. In the
 * envelope it is a CMS KEK recipient (RFC 5652 §6.2.3) named by {@link #identifier()}, wrapping the
 * content key with AES-256 key wrap (RFC 3394).
 */
public final class SharedKey implements Destroyable {

  /** Length of the key. */
  public static final int LENGTH = 32;

  private final byte[] identifier;
  private final byte[] key;
  private boolean destroyed;

  /**
   * @param identifier the {@code KEKIdentifier.keyIdentifier} (1 to 64 bytes), not secret
   * @param key the 32-byte AES-256 key
   */
  public SharedKey(byte[] identifier, byte[] key) {
    if (identifier.length == 0 || identifier.length > 64) {
      throw new IllegalArgumentException("key identifier length");
    }
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("a shared key has 32 bytes");
    }
    this.identifier = identifier.clone();
    this.key = key.clone();
  }

  /** The key identifier. */
  public byte[] identifier() {
    return identifier.clone();
  }

  byte[] key() {
    if (destroyed) {
      throw new IllegalStateException("shared key destroyed");
    }
    return key.clone();
  }

  @Override
  public void destroy() {
    Arrays.fill(key, (byte) 0);
    destroyed = true;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }
}
