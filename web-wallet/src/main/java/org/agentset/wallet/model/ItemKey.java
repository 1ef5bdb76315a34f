package org.agentset.wallet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One item slot of an agent's mandate: the fresh random key K the wallet made for it and the token
 * it sealed under K. The agent server holds only the sealed token; K stays here.
 *
 * @param slot the slot number within the mandate
 * @param key K (32 bytes), or empty once destroyed (revocation, or the slot was paid), after which
 *     the sealed token can never be opened again
 * @param sealedToken the token as sealed under K (AES-256-GCM), as handed to the agent
 */
public record ItemKey(int slot, Optional<Bytes> key, Bytes sealedToken) {

  /** Checks the fields. */
  public ItemKey {
    if (slot < 0) {
      throw new IllegalArgumentException("slot must not be negative");
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sealedToken, "sealedToken");
  }

  /** The same slot with K destroyed. */
  public ItemKey withKeyDestroyed() {
    return new ItemKey(slot, Optional.empty(), sealedToken);
  }
}
