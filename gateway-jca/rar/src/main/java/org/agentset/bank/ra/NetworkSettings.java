package org.agentset.bank.ra;

import java.time.Duration;
import java.util.Objects;

/**
 * The adapter-wide settings, from the resource adapter's configuration properties.
 *
 * @param hostAddress the issuer host, or {@link #EMBEDDED} to start the embedded one
 * @param hostPort its port; for the embedded host 0 picks a free one
 * @param panKey the embedded issuer's key for card-number hashes
 * @param cardSecretKey the AES-256 key that seals CardSecrets on the wire (0302): the adapter seals
 *     with it, the embedded issuer opens with it
 * @param testControl whether tests may make the embedded host misbehave
 * @param connectTimeout TCP connect timeout of the reversal sender's link
 * @param readTimeout how long the reversal sender waits for an answer
 * @param reversalRetry the pause before the first repeat of an unanswered reversal (doubling)
 */
record NetworkSettings(
    String hostAddress,
    int hostPort,
    byte[] panKey,
    byte[] cardSecretKey,
    boolean testControl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration reversalRetry) {

  /** The {@code hostAddress} that asks for the embedded issuer host. */
  static final String EMBEDDED = "embedded";

  NetworkSettings {
    Objects.requireNonNull(hostAddress, "hostAddress");
    Objects.requireNonNull(panKey, "panKey");
    Objects.requireNonNull(cardSecretKey, "cardSecretKey");
    if (cardSecretKey.length != 32) {
      throw new IllegalArgumentException("cardSecretKey must be 32 bytes");
    }
    if (hostPort < 0 || hostPort > 65_535) {
      throw new IllegalArgumentException("hostPort must be 0 to 65535");
    }
  }

  boolean embedded() {
    return hostAddress.isBlank() || EMBEDDED.equalsIgnoreCase(hostAddress.strip());
  }
}
