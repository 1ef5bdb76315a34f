package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.IO_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;
import org.agentset.wallet.model.Card;
import org.junit.jupiter.api.Test;

/** A write that dies before its rename leaves the previous file, and memory, as they were. */
class AtomicWriteTest extends StoreTestBase {

  private boolean crash;

  private WalletStore openCrashable() throws WalletException {
    return track(
        WalletStore.open(
            home,
            Fixtures.CHEAP,
            DEFAULT_IDLE,
            clock,
            new SecureRandom(),
            (from, to) -> {
              if (crash) {
                throw new IOException("simulated crash before the rename");
              }
              AtomicFile.ATOMIC.move(from, to);
            }));
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndTheOldContents() throws Exception {
    WalletStore store = openCrashable();
    Ticket t = store.create(Fixtures.PASSWORD);
    byte[] before = Files.readAllBytes(store.file());

    crash = true;
    Card card = new Card("c1", Fixtures.PAN, YearMonth.of(2030, 1), "Ada", Optional.empty());
    assertThatThrownBy(() -> store.update(t, c -> c.withCard(card)))
        .satisfies(e -> WalletStoreTest.reason(e, IO_ERROR))
        .hasMessageContaining("previous file is intact");
    assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    assertThat(store.contents(t).cards()).isEmpty();
    assertThat(tempFiles()).isEmpty();

    crash = false;
    store.update(t, c -> c.withCard(card));
    store.lock();
    assertThat(store.contents(store.unlock(Fixtures.PASSWORD)).cards()).containsExactly(card);
  }

  @Test
  void temporaryFilesACrashLeftBehindAreRemovedOnOpenAndNeverRead() throws Exception {
    WalletStore first = open();
    first.create(Fixtures.PASSWORD);
    closeNow(first);
    Path leftover = home.resolve(".wallet.dat.0123456789abcdef.tmp");
    Files.write(leftover, new byte[] {1, 2, 3});

    WalletStore store = open();
    assertThat(tempFiles()).isEmpty();
    assertThat(store.contents(store.unlock(Fixtures.PASSWORD)).history()).hasSize(1);
  }

  private Stream<Path> tempFiles() throws IOException {
    return Files.list(home)
        .filter(p -> p.getFileName().toString().endsWith(".tmp"))
        .toList()
        .stream();
  }
}
