package org.agentset.wallet;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.WalletException;

/**
 * A real wallet (store, services, server on a free loopback port) for HTTP tests: the production
 * wiring with a cheap Argon2id cost and a clock the test moves.
 */
public final class TestWallet implements AutoCloseable {

  /** Argon2id at 256 KiB and one pass: the production code path at a fraction of the cost. */
  public static final KdfParameters CHEAP_KDF = new KdfParameters(256, 1, 1);

  public static final String PASSWORD = "correct horse battery";

  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  public final Wallet wallet;

  public TestWallet(Path home, URI caUrl) throws IOException, WalletException {
    this.wallet =
        Wallet.start(
            new WalletSettings(0, home, caUrl, Duration.ofMinutes(5)),
            CHEAP_KDF,
            clock,
            new SecureRandom());
  }

  public TestWallet(Path home) throws IOException, WalletException {
    this(home, URI.create("http://127.0.0.1:9/ca"));
  }

  public URI uri(String path) {
    return URI.create(wallet.url()).resolve(path);
  }

  public int port() {
    return URI.create(wallet.url()).getPort();
  }

  /** A client with its own cookie jar: one browser, one session. */
  public WalletClient client() {
    return new WalletClient(this);
  }

  @Override
  public void close() {
    wallet.close();
  }
}
