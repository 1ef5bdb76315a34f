package org.agentset.wallet;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The wallet's configuration, from environment variables: {@code AGENTSET_WALLET_PORT} (default
 * 8765, 0 picks a free port), {@code AGENTSET_WALLET_HOME} (default {@code ~/.agentset-wallet}),
 * {@code AGENTSET_CA_URL} (default {@code http://localhost:8080/ca}).
 */
public record WalletSettings(int port, Path home, URI caUrl) {

  /** Reads the settings from {@code env}, with the defaults above. */
  public static WalletSettings fromEnvironment(Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("AGENTSET_WALLET_PORT", "8765"));
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("AGENTSET_WALLET_PORT must be 0-65535, was " + port);
    }
    Path home =
        Path.of(
            env.getOrDefault(
                "AGENTSET_WALLET_HOME", System.getProperty("user.home") + "/.agentset-wallet"));
    URI ca = URI.create(env.getOrDefault("AGENTSET_CA_URL", "http://localhost:8080/ca"));
    return new WalletSettings(port, home, ca);
  }
}
