package org.agentset.wallet.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's settings, kept inside the encrypted wallet so that nobody without the password can
 * loosen them.
 *
 * @param idleTimeout how long the wallet stays unlocked without use; empty means the default of the
 *     {@code AGENTSET_WALLET_IDLE_MINUTES} environment variable
 */
public record Preferences(Optional<Duration> idleTimeout) {

  /** The shortest and longest idle timeouts the wallet accepts. */
  public static final Duration MIN_IDLE = Duration.ofMinutes(1);

  /** See {@link #MIN_IDLE}. */
  public static final Duration MAX_IDLE = Duration.ofHours(4);

  /** No preference set. */
  public static final Preferences DEFAULT = new Preferences(Optional.empty());

  /** Checks the timeout is within {@link #MIN_IDLE}..{@link #MAX_IDLE} and whole seconds. */
  public Preferences {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    idleTimeout.ifPresent(Preferences::checkIdle);
  }

  /** Checks an idle timeout is whole seconds within {@link #MIN_IDLE}..{@link #MAX_IDLE}. */
  public static Duration checkIdle(Duration d) {
    if (d.compareTo(MIN_IDLE) < 0 || d.compareTo(MAX_IDLE) > 0 || d.getNano() != 0) {
      throw new IllegalArgumentException("idle timeout must be whole seconds, 1 min to 4 h");
    }
    return d;
  }
}
