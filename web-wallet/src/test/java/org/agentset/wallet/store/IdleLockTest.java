package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.LOCKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.agentset.wallet.model.Preferences;
import org.agentset.wallet.store.WalletStore.State;
import org.junit.jupiter.api.Test;

/** The wallet locks itself after its idle timeout, measured on the injected clock. */
class IdleLockTest extends StoreTestBase {

  @Test
  void useKeepsItOpenAndIdlenessLocksItAtTheDefaultTimeout() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    clock.advance(DEFAULT_IDLE.minusSeconds(1));
    assertThat(store.lockIfIdle()).isFalse();
    assertThat(store.contents(t).cards()).isEmpty(); // a use: the idle time starts again
    clock.advance(DEFAULT_IDLE.minusSeconds(1));
    assertThat(store.state()).isEqualTo(State.UNLOCKED);
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.lockIfIdle()).isTrue();
    assertThat(store.state()).isEqualTo(State.LOCKED);
    assertThatThrownBy(() -> store.contents(t)).satisfies(e -> WalletStoreTest.reason(e, LOCKED));
  }

  @Test
  void anExpiredWalletLocksOnTheNextAccessEvenBeforeTheLockerRuns() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    clock.advance(DEFAULT_IDLE);
    assertThatThrownBy(() -> store.update(t, c -> c))
        .satisfies(e -> WalletStoreTest.reason(e, LOCKED));
    assertThat(store.state()).isEqualTo(State.LOCKED);
  }

  @Test
  void theCustomersOwnTimeoutReplacesTheDefault() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    store.update(t, c -> c.withPreferences(new Preferences(Optional.of(Duration.ofMinutes(1)))));
    assertThat(store.idleTimeout(t)).isEqualTo(Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(59));
    assertThat(store.lockIfIdle()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.lockIfIdle()).isTrue();

    // and it is kept in the file: after unlocking, still one minute
    Ticket again = store.unlock(Fixtures.PASSWORD);
    assertThat(store.idleTimeout(again)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void theLockerDropsTheKeyOfAnIdleWalletWithoutAnyAccess() throws Exception {
    WalletStore store = open();
    store.create(Fixtures.PASSWORD);
    assertThat(store.holdsKey()).isTrue();
    clock.advance(DEFAULT_IDLE);
    assertThat(store.holdsKey()).as("holdsKey() itself does not expire the wallet").isTrue();
    try (IdleLocker locker = IdleLocker.start(store, Duration.ofMillis(10))) {
      long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (store.holdsKey() && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
    }
    assertThat(store.holdsKey()).isFalse();
  }
}
