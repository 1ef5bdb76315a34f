package org.agentset.wallet.app;

import java.security.SecureRandom;
import java.time.Clock;
import org.agentset.wallet.WalletSettings;
import org.agentset.wallet.store.WalletStore;

/**
 * The wallet's services, built once over one store and handed to both faces (UI and API).
 *
 * @param access create, unlock, lock, password
 * @param cards the cards
 * @param settings the customer's settings
 * @param status the status report
 */
public record Services(
    WalletAccess access, CardService cards, SettingsService settings, StatusService status) {

  /** The services over {@code store}. */
  public static Services over(
      WalletStore store, WalletSettings config, Clock clock, SecureRandom random) {
    return new Services(
        new WalletAccess(store),
        new CardService(store, clock, random),
        new SettingsService(store, config.idleTimeout()),
        new StatusService(config));
  }
}
