package org.agentset.wallet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Creating, unlocking and locking the wallet, and changing its password, with the password rules
 * checked before any key is derived.
 *
 * <p>The rules: at least {@value #MIN_LENGTH} characters (Argon2id makes each guess expensive, the
 * length makes the guesses many), at most {@value #MAX_LENGTH}, typed twice alike when chosen.
 */
public final class WalletAccess {

  /** Shortest password accepted when one is chosen. */
  public static final int MIN_LENGTH = 10;

  /** Longest password accepted. */
  public static final int MAX_LENGTH = 256;

  private final WalletStore store;
  private final List<java.util.function.Consumer<Ticket>> onUnlock =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public WalletAccess(WalletStore store) {
    this.store = store;
  }

  /** Calls {@code listener} with the ticket of every create and unlock (starts the SAI channel). */
  public void onUnlock(java.util.function.Consumer<Ticket> listener) {
    onUnlock.add(listener);
  }

  private Ticket unlocked(Ticket t) {
    onUnlock.forEach(l -> l.accept(t));
    return t;
  }

  /**
   * Whether a wallet exists and whether it is unlocked for the holder of {@code ticket}: another
   * session's unlock does not count. Asking does not count as use for the idle timeout.
   */
  public WalletStore.State stateFor(Optional<Ticket> ticket) {
    WalletStore.State s = store.state();
    if (s == WalletStore.State.UNLOCKED && !ticket.map(store::isCurrent).orElse(false)) {
      return WalletStore.State.LOCKED;
    }
    return s;
  }

  /** Creates the wallet with a new password (typed twice) and unlocks it. */
  public Ticket create(String password, String confirmation) throws WalletException {
    checkNew("password", "confirmation", password, confirmation);
    return unlocked(store.create(password.toCharArray()));
  }

  /** Unlocks with the password. */
  public Ticket unlock(String password) throws WalletException {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException("password", "Enter your wallet password.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new WalletException(WalletException.Reason.WRONG_PASSWORD);
    }
    return unlocked(store.unlock(password.toCharArray()));
  }

  /** Locks the wallet. */
  public void lock() {
    store.lock();
  }

  /** Changes the password; the returned ticket replaces {@code ticket}. */
  public Ticket changePassword(Ticket ticket, String current, String next, String confirmation)
      throws WalletException {
    if (current == null || current.isEmpty()) {
      throw new InvalidInputException("current", "Enter your current password.");
    }
    checkNew("next", "confirmation", next, confirmation);
    return store.changePassword(ticket, current.toCharArray(), next.toCharArray());
  }

  private static void checkNew(String field, String confirmField, String password, String again) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      errors.add(new FieldError(field, "Use at least " + MIN_LENGTH + " characters."));
    } else if (password.length() > MAX_LENGTH) {
      errors.add(new FieldError(field, "Use at most " + MAX_LENGTH + " characters."));
    } else if (!password.equals(again)) {
      errors.add(new FieldError(confirmField, "The two passwords differ."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
