package org.agentset.wallet.app;

import java.time.Duration;
import java.util.Optional;
import org.agentset.wallet.model.Preferences;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/** The customer's settings: for now, how long the wallet stays unlocked without use. */
public final class SettingsService {

  private final WalletStore store;
  private final Duration defaultIdle;

  public SettingsService(WalletStore store, Duration defaultIdle) {
    this.store = store;
    this.defaultIdle = defaultIdle;
  }

  /**
   * The settings as shown.
   *
   * @param idleMinutes the idle timeout in force, in minutes
   * @param defaultMinutes the timeout from {@code AGENTSET_WALLET_IDLE_MINUTES}
   * @param customised whether the customer chose the timeout (else it is the default)
   */
  public record View(long idleMinutes, long defaultMinutes, boolean customised) {}

  /** The current settings. */
  public View view(Ticket ticket) throws WalletException {
    Optional<Duration> chosen = store.contents(ticket).preferences().idleTimeout();
    return new View(
        chosen.orElse(defaultIdle).toMinutes(), defaultIdle.toMinutes(), chosen.isPresent());
  }

  /**
   * Sets the idle timeout.
   *
   * @param minutes as typed: a whole number of minutes within the allowed range
   * @throws InvalidInputException naming {@code idleMinutes} if it is not
   */
  public View setIdleMinutes(Ticket ticket, String minutes) throws WalletException {
    long max = Preferences.MAX_IDLE.toMinutes();
    long min = Preferences.MIN_IDLE.toMinutes();
    long value;
    try {
      value = Long.parseLong(minutes == null ? "" : minutes.strip());
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < min || value > max) {
      throw new InvalidInputException(
          "idleMinutes", "Enter a whole number of minutes from " + min + " to " + max + ".");
    }
    Duration idle = Duration.ofMinutes(value);
    store.update(
        ticket,
        c ->
            c.withPreferences(new Preferences(Optional.of(idle)))
                .withHistory(store.history("Idle lock set to " + idle.toMinutes() + " min")));
    return view(ticket);
  }
}
