package org.agentset.wallet.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agentset.wallet.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh wallet directory, a clock that stands still, and stores closed after each test. */
abstract class StoreTestBase {

  static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);

  @TempDir Path home;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final List<WalletStore> opened = new ArrayList<>();

  WalletStore open() throws WalletException {
    return track(WalletStore.open(home, Fixtures.CHEAP, DEFAULT_IDLE, clock, new SecureRandom()));
  }

  WalletStore track(WalletStore s) {
    opened.add(s);
    return s;
  }

  /** Closes {@code s} now (as a process exit would) so the directory can be opened again. */
  void closeNow(WalletStore s) {
    s.close();
    opened.remove(s);
  }

  @AfterEach
  void closeAll() {
    opened.forEach(WalletStore::close);
  }
}
