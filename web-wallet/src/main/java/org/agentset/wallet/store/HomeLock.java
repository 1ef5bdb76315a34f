package org.agentset.wallet.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on the wallet's directory, held for as long as a store is open: two stores on
 * one directory would each keep their own copy of the contents in memory, and the last writer would
 * silently erase the other's changes.
 *
 * <p>Between processes it is an operating-system lock on {@code wallet.lock}. Within this process a
 * set of held directories answers first, because on POSIX systems closing any channel to a file
 * drops every lock the process holds on it, so a second store must not even open the lock file.
 */
final class HomeLock implements AutoCloseable {

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path home;
  private final FileChannel channel;
  private final FileLock lock;

  private HomeLock(Path home, FileChannel channel, FileLock lock) {
    this.home = home;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock.
   *
   * @throws WalletException {@code IN_USE} if another store or process holds it
   */
  static HomeLock acquire(Path home) throws WalletException, IOException {
    Path real = home.toRealPath();
    if (!HELD.add(real)) {
      throw new WalletException(WalletException.Reason.IN_USE, real.toString());
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              real.resolve("wallet.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new WalletException(WalletException.Reason.IN_USE, real.toString());
      }
      return new HomeLock(real, channel, lock);
    } catch (WalletException | IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      HELD.remove(real);
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD.remove(home);
    }
  }
}
