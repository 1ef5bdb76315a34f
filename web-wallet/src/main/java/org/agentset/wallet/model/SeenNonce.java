package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A payment start's nonce the wallet has seen, kept (inside the encrypted wallet, so it survives a
 * restart) until no payment start carrying it could pass the freshness check any more.
 *
 * @param nonce the 16-byte nonce
 * @param keepUntil when it may be forgotten (rounded up to whole seconds)
 */
public record SeenNonce(Bytes nonce, Instant keepUntil) {

  public SeenNonce {
    Objects.requireNonNull(nonce, "nonce");
    Instant whole = keepUntil.truncatedTo(ChronoUnit.SECONDS);
    keepUntil = whole.equals(keepUntil) ? whole : whole.plusSeconds(1);
  }
}
