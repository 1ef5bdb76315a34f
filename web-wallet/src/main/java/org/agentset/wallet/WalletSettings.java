package org.agentset.wallet;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.agentset.wallet.model.Preferences;

/**
 * The wallet's configuration, from environment variables: {@code AGENTSET_WALLET_PORT} (default
 * 8765, 0 picks a free port), {@code AGENTSET_WALLET_HOME} (default {@code ~/.agentset-wallet}),
 * {@code AGENTSET_CA_URL} (default {@code http://localhost:8080/ca}) and {@code
 * AGENTSET_WALLET_IDLE_MINUTES} (default 5, 1 to 240): how long an unlocked wallet waits without
 * use before it locks itself, unless the customer has chosen a time in the wallet's settings;
 * {@code AGENTSET_ANS_URL} (default: the CA's URL with {@code /ca} replaced by {@code /ans}), where
 * the agent server answers; {@code AGENTSET_WALLET_CONFIRM_SECONDS} (default 120, 10 to 3600): how
 * long a payment in confirm mode waits for the customer's password before it is declined.
 */
public record WalletSettings(
    int port, Path home, URI caUrl, Duration idleTimeout, URI ansUrl, Duration confirmTimeout) {

  /** How long a confirm-mode payment waits by default. */
  public static final Duration DEFAULT_CONFIRM = Duration.ofSeconds(120);

  /** Settings with the default agent server URL and confirmation time. */
  public WalletSettings(int port, Path home, URI caUrl, Duration idleTimeout) {
    this(port, home, caUrl, idleTimeout, ansOf(caUrl), DEFAULT_CONFIRM);
  }

  /** The agent server beside the CA: {@code …/ca} becomes {@code …/ans}. */
  static URI ansOf(URI caUrl) {
    String ca = caUrl.toString().replaceAll("/+$", "");
    return URI.create((ca.endsWith("/ca") ? ca.substring(0, ca.length() - 3) : ca) + "/ans");
  }

  /** The idle timeout when neither the environment nor the customer sets one. */
  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);

  /** Checks the values. */
  public WalletSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("AGENTSET_WALLET_PORT must be 0-65535, was " + port);
    }
    try {
      Preferences.checkIdle(idleTimeout);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "AGENTSET_WALLET_IDLE_MINUTES must be 1-240, was " + idleTimeout.toMinutes(), e);
    }
    if (confirmTimeout.compareTo(Duration.ofSeconds(10)) < 0
        || confirmTimeout.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "AGENTSET_WALLET_CONFIRM_SECONDS must be 10-3600, was " + confirmTimeout.toSeconds());
    }
  }

  /** Reads the settings from {@code env}, with the defaults above. */
  public static WalletSettings fromEnvironment(Map<String, String> env) {
    int port = integer(env, "AGENTSET_WALLET_PORT", 8765);
    Path home =
        Path.of(
            env.getOrDefault(
                "AGENTSET_WALLET_HOME", System.getProperty("user.home") + "/.agentset-wallet"));
    URI ca = URI.create(env.getOrDefault("AGENTSET_CA_URL", "http://localhost:8080/ca"));
    Duration idle =
        Duration.ofMinutes(
            integer(env, "AGENTSET_WALLET_IDLE_MINUTES", (int) DEFAULT_IDLE.toMinutes()));
    String ans = env.get("AGENTSET_ANS_URL");
    Duration confirm =
        Duration.ofSeconds(
            integer(env, "AGENTSET_WALLET_CONFIRM_SECONDS", (int) DEFAULT_CONFIRM.toSeconds()));
    return new WalletSettings(
        port,
        home,
        ca,
        idle,
        ans == null || ans.isBlank() ? ansOf(ca) : URI.create(ans.strip()),
        confirm);
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, was \"" + value + "\"", e);
    }
  }
}
