package org.agentset.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agentset.wallet.model.Card;
import org.junit.jupiter.api.Test;

/** Many threads changing and reading the wallet at once lose nothing and see no torn state. */
class ConcurrentAccessTest extends StoreTestBase {

  private static final int THREADS = 8;
  private static final int CARDS_EACH = 12;

  @Test
  void concurrentAddsAreAllKeptInMemoryAndOnDisk() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      int th = thread;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < CARDS_EACH; i++) {
                  String pan = String.format("4%02d%02d00000000000", th, i);
                  String id = th + "-" + i;
                  store.update(
                      t,
                      c ->
                          c.withCard(
                              new Card(
                                  id, pan, YearMonth.of(2031, 1), "T" + th, Optional.empty())));
                  // a reader in the middle of writers sees whole cards lists, each card once
                  List<String> ids = store.contents(t).cards().stream().map(Card::id).toList();
                  assertThat(ids).doesNotHaveDuplicates();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(store.contents(t).cards()).hasSize(THREADS * CARDS_EACH);

    store.lock();
    Ticket again = store.unlock(Fixtures.PASSWORD);
    assertThat(store.contents(again).cards()).hasSize(THREADS * CARDS_EACH);
  }

  @Test
  void lockingWhileOthersWorkLeavesAConsistentFile() throws Exception {
    WalletStore store = open();
    Ticket t = store.create(Fixtures.PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Integer> writer =
        pool.submit(
            () -> {
              int written = 0;
              for (int i = 0; i < 200; i++) {
                String pan = String.format("5%014d", i);
                try {
                  store.update(
                      t,
                      c ->
                          c.withCard(
                              new Card(
                                  "w" + pan, pan, YearMonth.of(2031, 1), "W", Optional.empty())));
                  written++;
                } catch (WalletException locked) {
                  break;
                }
              }
              return written;
            });
    Future<?> locker =
        pool.submit(
            () -> {
              while (store.holdsKey() && !writer.isDone()) {
                if (store.contents(t).cards().size() >= 20) {
                  store.lock();
                }
              }
              return null;
            });
    int written = writer.get();
    locker.get();
    pool.shutdown();
    Ticket again = store.unlock(Fixtures.PASSWORD);
    assertThat(store.contents(again).cards().size()).isEqualTo(written);
  }
}
