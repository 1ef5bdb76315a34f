package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.EXISTS;
import static org.agentset.wallet.store.WalletException.Reason.IN_USE;
import static org.agentset.wallet.store.WalletException.Reason.LOCKED;
import static org.agentset.wallet.store.WalletException.Reason.NO_WALLET;
import static org.agentset.wallet.store.WalletException.Reason.WRONG_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import org.agentset.wallet.model.WalletContents;
import org.agentset.wallet.store.WalletStore.State;
import org.junit.jupiter.api.Test;

class WalletStoreTest extends StoreTestBase {

  @Test
  void contentsSurviveLockUnlockAndAProcessRestart() throws Exception {
    WalletStore store = open();
    assertThat(store.state()).isEqualTo(State.ABSENT);
    Ticket t = store.create(Fixtures.PASSWORD);
    WalletContents written =
        store.update(t, c -> Fixtures.everything(clock.instant()).withHistory(c.history().get(0)));
    store.lock();
    assertThat(store.state()).isEqualTo(State.LOCKED);

    Ticket again = store.unlock(Fixtures.PASSWORD);
    assertThat(store.contents(again)).isEqualTo(written);
    closeNow(store);

    WalletStore restarted = open();
    assertThat(restarted.state()).isEqualTo(State.LOCKED);
    assertThat(restarted.contents(restarted.unlock(Fixtures.PASSWORD))).isEqualTo(written);
    assertThat(written.history()).extracting(h -> h.text()).contains("Wallet created");
  }

  @Test
  void aWrongPasswordIsRefusedWithOneMessageAndChangesNothing() throws Exception {
    WalletStore store = open();
    store.create(Fixtures.PASSWORD);
    store.lock();
    byte[] before = Files.readAllBytes(store.file());
    for (String wrong : new String[] {"", "x", "correct horse battery ", "Correct horse battery"}) {
      assertThatThrownBy(() -> store.unlock(wrong.toCharArray()))
          .isInstanceOfSatisfying(
              WalletException.class, e -> assertThat(e.reason()).isEqualTo(WRONG_PASSWORD))
          .hasMessage("Wrong password.");
    }
    assertThat(store.state()).isEqualTo(State.LOCKED);
    assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
  }

  @Test
  void aWrongPasswordWhileUnlockedIsRefusedAndKeepsTheWalletOpen() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    assertThatThrownBy(() -> store.unlock("nope".toCharArray())).hasMessage("Wrong password.");
    assertThat(store.unlock(Fixtures.PASSWORD)).isEqualTo(t);
    assertThat(store.contents(t).cards()).isEmpty();
  }

  @Test
  void aSecondWalletIsNotCreatedOverTheFirstAndNothingOpensWithoutOne() throws Exception {
    WalletStore store = open();
    assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD)).satisfies(e -> reason(e, NO_WALLET));
    store.create(Fixtures.PASSWORD);
    assertThatThrownBy(() -> store.create("other password".toCharArray()))
        .satisfies(e -> reason(e, EXISTS));
  }

  @Test
  void aTicketStopsWorkingWhenTheWalletLocksEvenIfSomeoneUnlocksAgain() throws Exception {
    WalletStore store = open();
    Ticket first = store.create(Fixtures.PASSWORD);
    store.lock();
    assertThatThrownBy(() -> store.contents(first)).satisfies(e -> reason(e, LOCKED));
    Ticket second = store.unlock(Fixtures.PASSWORD);
    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> store.contents(first)).satisfies(e -> reason(e, LOCKED));
    assertThatThrownBy(() -> store.contents(null)).satisfies(e -> reason(e, LOCKED));
  }

  @Test
  void changingThePasswordReEncryptsUnderANewSaltAndRetiresOtherTickets() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    store.update(t, c -> Fixtures.everything(clock.instant()));
    byte[] before = Files.readAllBytes(store.file());
    char[] next = "a much better passphrase".toCharArray();

    assertThatThrownBy(() -> store.changePassword(t, "guess".toCharArray(), next))
        .satisfies(e -> reason(e, WRONG_PASSWORD));
    Ticket changed = store.changePassword(t, Fixtures.PASSWORD, next);
    byte[] after = Files.readAllBytes(store.file());
    assertThat(Arrays.copyOfRange(after, 20, 36))
        .as("salt")
        .isNotEqualTo(Arrays.copyOfRange(before, 20, 36));
    assertThatThrownBy(() -> store.contents(t)).satisfies(e -> reason(e, LOCKED));
    assertThat(store.contents(changed).cards()).hasSize(2);

    store.lock();
    assertThatThrownBy(() -> store.unlock(Fixtures.PASSWORD))
        .satisfies(e -> reason(e, WRONG_PASSWORD));
    Ticket reopened = store.unlock(next);
    assertThat(store.contents(reopened).history())
        .extracting(h -> h.text())
        .contains("Password changed");
  }

  @Test
  void aSecondStoreOnTheSameDirectoryIsRefusedUntilTheFirstCloses() throws Exception {
    WalletStore first = open();
    assertThatThrownBy(this::open).satisfies(e -> reason(e, IN_USE));
    closeNow(first);
    assertThat(open().state()).isEqualTo(State.ABSENT);
  }

  @Test
  void theFileAndDirectoryAreTheOwnersOnly() throws Exception {
    WalletStore store =
        track(
            WalletStore.open(
                home.resolve("new"), Fixtures.CHEAP, DEFAULT_IDLE, clock, new SecureRandom()));
    store.create(Fixtures.PASSWORD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("new"))))
        .isEqualTo("rwx------");
  }

  @Test
  void theDefaultArgon2CostCreatesAndOpensAWallet() throws Exception {
    WalletStore store =
        track(
            WalletStore.open(
                home, KdfParameters.DEFAULT, Duration.ofMinutes(5), clock, new SecureRandom()));
    store.create(Fixtures.PASSWORD);
    store.lock();
    store.unlock(Fixtures.PASSWORD);
    byte[] header = Files.readAllBytes(store.file());
    assertThat(java.nio.ByteBuffer.wrap(header).getInt(11)).as("memory KiB").isEqualTo(65_536);
    assertThat(java.nio.ByteBuffer.wrap(header).getInt(15)).as("iterations").isEqualTo(3);
    assertThat(header[19]).as("parallelism").isEqualTo((byte) 4);
  }

  static void reason(Throwable e, WalletException.Reason expected) {
    assertThat(e).isInstanceOf(WalletException.class);
    assertThat(((WalletException) e).reason()).isEqualTo(expected);
  }
}
