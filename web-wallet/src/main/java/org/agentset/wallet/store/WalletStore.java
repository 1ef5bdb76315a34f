package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.EXISTS;
import static org.agentset.wallet.store.WalletException.Reason.IO_ERROR;
import static org.agentset.wallet.store.WalletException.Reason.LOCKED;
import static org.agentset.wallet.store.WalletException.Reason.WRONG_PASSWORD;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.agentset.set.crypto.Aes256Gcm;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.WalletContents;
import org.agentset.wallet.store.WalletFileFormat.Header;
import org.agentset.wallet.store.WalletFileFormat.Sealed;

/**
 * The wallet file and its decrypted contents: create, unlock, lock, read, change.
 *
 * <p>While locked, nothing but the encrypted file exists; unlocking derives the key from the
 * password (see {@link PasswordKdf}) and decrypts the contents into memory; locking, by the
 * customer or after the idle timeout, overwrites the key with zeros and drops the contents. Every
 * change is encrypted under a fresh nonce and written atomically (see {@link AtomicFile}) before it
 * replaces the contents in memory, so a failed write changes nothing.
 *
 * <p>All operations are serialised on this object: requests from the UI, the API and the idle
 * locker see one consistent wallet. Idle time is measured with the injected {@link Clock} and
 * checked on every access, so an expired wallet is locked before it answers, whether or not the
 * {@link IdleLocker} has run yet.
 */
public final class WalletStore implements AutoCloseable {

  /** What the wallet is doing, as far as a caller without a ticket may know. */
  public enum State {
    /** No wallet file yet. */
    ABSENT,
    /** A wallet file exists; its contents are not in memory. */
    LOCKED,
    /** The contents are in memory. */
    UNLOCKED
  }

  private static final System.Logger LOG = System.getLogger(WalletStore.class.getName());
  private static final long MAX_FILE = 17L << 20;

  private final Path file;
  private final WalletFile walletFile;
  private final HomeLock homeLock;
  private final KdfParameters kdfForNewKeys;
  private final Duration defaultIdle;
  private final Clock clock;
  private final SecureRandom random;

  private Unlocked unlocked;
  private long epoch;

  /** The state while unlocked. */
  private static final class Unlocked {
    final KdfParameters kdf;
    final byte[] salt;
    final DerivedKey key;
    WalletContents contents;
    Instant lastUse;

    Unlocked(KdfParameters kdf, byte[] salt, DerivedKey key, WalletContents contents, Instant now) {
      this.kdf = kdf;
      this.salt = salt;
      this.key = key;
      this.contents = contents;
      this.lastUse = now;
    }
  }

  private WalletStore(
      Path home,
      AtomicFile.Rename rename,
      HomeLock homeLock,
      KdfParameters kdf,
      Duration defaultIdle,
      Clock clock,
      SecureRandom random) {
    this.file = home.resolve("wallet.dat");
    this.walletFile = new WalletFile(file, new AtomicFile(file, rename));
    this.homeLock = homeLock;
    this.kdfForNewKeys = kdf;
    this.defaultIdle = defaultIdle;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Opens the store in {@code home} (created, owner-only, if missing), taking the directory's lock
   * and removing temporary files a crash left behind. The wallet starts locked.
   *
   * @param kdf the Argon2id cost for keys made from now on (new wallets, password changes)
   * @param defaultIdle the idle timeout when the customer has not chosen one
   * @throws WalletException {@code IN_USE} if another store holds {@code home}
   */
  public static WalletStore open(
      Path home, KdfParameters kdf, Duration defaultIdle, Clock clock, SecureRandom random)
      throws WalletException {
    return open(home, kdf, defaultIdle, clock, random, AtomicFile.ATOMIC);
  }

  static WalletStore open(
      Path home,
      KdfParameters kdf,
      Duration defaultIdle,
      Clock clock,
      SecureRandom random,
      AtomicFile.Rename rename)
      throws WalletException {
    try {
      if (!Files.isDirectory(home)) {
        Files.createDirectories(home);
        AtomicFile.ownerOnly(home);
      }
      HomeLock lock = HomeLock.acquire(home);
      WalletStore store = new WalletStore(home, rename, lock, kdf, defaultIdle, clock, random);
      store.walletFile.removeLeftovers();
      return store;
    } catch (IOException e) {
      throw new WalletException(IO_ERROR, home + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The wallet file's path. */
  public Path file() {
    return file;
  }

  /** Whether there is a wallet, and whether it is unlocked (locking it first if idle too long). */
  public synchronized State state() {
    expireIfIdle();
    if (unlocked != null) {
      return State.UNLOCKED;
    }
    return Files.exists(file) ? State.LOCKED : State.ABSENT;
  }

  /**
   * Whether {@code ticket} proves the current unlock (locking first if idle too long). Unlike
   * reading the contents, asking does not count as use.
   */
  public synchronized boolean isCurrent(Ticket ticket) {
    expireIfIdle();
    return unlocked != null && ticket != null && ticket.epoch() == epoch;
  }

  /**
   * Creates a new, empty wallet protected by {@code password} and leaves it unlocked.
   *
   * @throws WalletException {@code EXISTS} if there is already a wallet file
   */
  public synchronized Ticket create(char[] password) throws WalletException {
    if (Files.exists(file)) {
      throw new WalletException(EXISTS);
    }
    byte[] salt = randomBytes(PasswordKdf.SALT_LENGTH);
    DerivedKey key = PasswordKdf.derive(password, salt, kdfForNewKeys);
    WalletContents contents = WalletContents.empty().withHistory(history("Wallet created"));
    Unlocked fresh = new Unlocked(kdfForNewKeys, salt, key, contents, clock.instant());
    try {
      write(fresh, contents);
    } catch (WalletException e) {
      key.destroy();
      throw e;
    }
    install(fresh);
    LOG.log(Level.INFO, "Wallet created in {0}", file.getParent());
    return new Ticket(epoch);
  }

  /**
   * Unlocks the wallet with {@code password}. If it is unlocked already the password is checked all
   * the same and the current unlock's ticket returned.
   *
   * @throws WalletException {@code WRONG_PASSWORD} (one message, after the KDF, whatever the
   *     password), {@code NO_WALLET}, {@code DAMAGED}, {@code UNSUPPORTED}, {@code IO_ERROR}
   */
  public synchronized Ticket unlock(char[] password) throws WalletException {
    expireIfIdle();
    if (unlocked != null) {
      DerivedKey check = PasswordKdf.derive(password, unlocked.salt, unlocked.kdf);
      boolean right = check.matches(unlocked.key.keyCheck());
      check.destroy();
      if (!right) {
        throw new WalletException(WRONG_PASSWORD);
      }
      unlocked.lastUse = clock.instant();
      return new Ticket(epoch);
    }
    Sealed sealed = walletFile.read();
    Header h = sealed.header();
    DerivedKey key = PasswordKdf.derive(password, h.salt(), h.kdf());
    if (!key.matches(h.keyCheck())) {
      key.destroy();
      throw new WalletException(WRONG_PASSWORD);
    }
    try {
      WalletContents contents = WalletFile.decrypt(key, sealed);
      install(new Unlocked(h.kdf(), h.salt(), key, contents, clock.instant()));
    } catch (WalletException e) {
      key.destroy();
      throw e;
    }
    LOG.log(Level.INFO, "Wallet unlocked");
    return new Ticket(epoch);
  }

  /** Locks the wallet: the key is overwritten and the contents dropped. Harmless when locked. */
  public synchronized void lock() {
    if (unlocked != null) {
      unlocked.key.destroy();
      unlocked = null;
      LOG.log(Level.INFO, "Wallet locked");
    }
  }

  /** Locks the wallet if it has been idle for its timeout; true if this call locked it. */
  public synchronized boolean lockIfIdle() {
    return expireIfIdle();
  }

  /** The idle timeout in force: the customer's, else the default. Known only while unlocked. */
  public synchronized Duration idleTimeout(Ticket ticket) throws WalletException {
    return idleTimeoutOf(use(ticket).contents);
  }

  /**
   * The contents without counting as use for the idle timeout: for the wallet's own background work
   * (the SAI channel), which must not keep an unattended wallet unlocked.
   */
  public synchronized WalletContents peek(Ticket ticket) throws WalletException {
    expireIfIdle();
    if (unlocked == null || ticket == null || ticket.epoch() != epoch) {
      throw new WalletException(LOCKED);
    }
    return unlocked.contents;
  }

  /** The contents (an immutable value: later changes make new values). */
  public synchronized WalletContents contents(Ticket ticket) throws WalletException {
    return use(ticket).contents;
  }

  /**
   * Replaces the contents with {@code change} applied to them: written to the file first, then
   * kept. A runtime exception from {@code change} or a failed write leaves both as they were.
   */
  public synchronized WalletContents update(Ticket ticket, UnaryOperator<WalletContents> change)
      throws WalletException {
    Unlocked u = use(ticket);
    WalletContents next = change.apply(u.contents);
    write(u, next);
    u.contents = next;
    return next;
  }

  /**
   * Re-encrypts the wallet under a key derived from {@code next}, with a new salt and the current
   * KDF cost. Every other ticket stops working; the returned one replaces the caller's.
   *
   * @throws WalletException {@code WRONG_PASSWORD} if {@code current} is not the password
   */
  public synchronized Ticket changePassword(Ticket ticket, char[] current, char[] next)
      throws WalletException {
    Unlocked u = use(ticket);
    DerivedKey check = PasswordKdf.derive(current, u.salt, u.kdf);
    boolean right = check.matches(u.key.keyCheck());
    check.destroy();
    if (!right) {
      throw new WalletException(WRONG_PASSWORD);
    }
    byte[] salt = randomBytes(PasswordKdf.SALT_LENGTH);
    DerivedKey key = PasswordKdf.derive(next, salt, kdfForNewKeys);
    WalletContents contents = u.contents.withHistory(history("Password changed"));
    Unlocked changed = new Unlocked(kdfForNewKeys, salt, key, contents, clock.instant());
    try {
      write(changed, contents);
    } catch (WalletException e) {
      key.destroy();
      throw e;
    }
    u.key.destroy();
    install(changed);
    LOG.log(Level.INFO, "Wallet password changed; wallet re-encrypted");
    return new Ticket(epoch);
  }

  /** Whether the key is in memory right now, without applying the idle timeout (for tests). */
  synchronized boolean holdsKey() {
    return unlocked != null;
  }

  /** Locks the wallet and releases its directory. */
  @Override
  public synchronized void close() {
    lock();
    try {
      homeLock.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not release the wallet directory lock: {0}", e.toString());
    }
  }

  /** A history entry stamped now. */
  public HistoryEntry history(String text) {
    return new HistoryEntry(clock.instant(), HistoryEntry.Kind.WALLET, text);
  }

  private void install(Unlocked u) {
    if (unlocked != null && unlocked != u) {
      unlocked.key.destroy();
    }
    unlocked = u;
    epoch++;
  }

  private Unlocked use(Ticket ticket) throws WalletException {
    expireIfIdle();
    if (unlocked == null || ticket == null || ticket.epoch() != epoch) {
      throw new WalletException(LOCKED);
    }
    unlocked.lastUse = clock.instant();
    return unlocked;
  }

  private boolean expireIfIdle() {
    if (unlocked == null) {
      return false;
    }
    Duration idle = idleTimeoutOf(unlocked.contents);
    if (clock.instant().isBefore(unlocked.lastUse.plus(idle))) {
      return false;
    }
    unlocked.key.destroy();
    unlocked = null;
    LOG.log(Level.INFO, "Wallet locked after {0} idle", idle);
    return true;
  }

  private Duration idleTimeoutOf(WalletContents contents) {
    return contents.preferences().idleTimeout().orElse(defaultIdle);
  }

  private void write(Unlocked u, WalletContents contents) throws WalletException {
    walletFile.write(u.kdf, u.salt, u.key, randomBytes(Aes256Gcm.NONCE_LENGTH), contents);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
