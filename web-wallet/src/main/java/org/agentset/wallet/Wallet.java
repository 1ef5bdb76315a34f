package org.agentset.wallet;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.agentset.wallet.api.Api;
import org.agentset.wallet.app.Services;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.http.Site;
import org.agentset.wallet.http.WalletServer;
import org.agentset.wallet.store.IdleLocker;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * A running wallet: the store, the services, the UI and API on one loopback port, and the idle
 * locker, wired together once. {@link WalletMain} starts one from the environment; tests start one
 * with a cheap KDF, a free port and a clock of their own.
 */
public final class Wallet implements AutoCloseable {

  /** How often the idle locker looks (the timeout itself is minutes; this only bounds lateness). */
  static final Duration IDLE_CHECK = Duration.ofSeconds(5);

  private final WalletStore store;
  private final IdleLocker locker;
  private final WalletServer server;
  private final Services services;
  private final java.util.concurrent.ScheduledExecutorService timers;

  private Wallet(
      WalletStore store,
      IdleLocker locker,
      WalletServer server,
      Services services,
      java.util.concurrent.ScheduledExecutorService timers) {
    this.store = store;
    this.locker = locker;
    this.server = server;
    this.services = services;
    this.timers = timers;
  }

  /**
   * Opens the store in {@code settings.home()} and starts serving.
   *
   * @param kdf the Argon2id cost for new keys ({@link KdfParameters#DEFAULT} in production)
   * @throws WalletException {@code IN_USE} if another wallet process holds the directory
   * @throws IOException if the port cannot be bound
   */
  public static Wallet start(
      WalletSettings settings, KdfParameters kdf, Clock clock, SecureRandom random)
      throws WalletException, IOException {
    WalletStore store =
        WalletStore.open(settings.home(), kdf, settings.idleTimeout(), clock, random);
    try {
      Services services = Services.over(store, settings, clock, random);
      WalletServer server = WalletServer.start(settings.port(), site(services), clock, random);
      java.util.concurrent.ScheduledExecutorService timers =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "wallet-confirmations");
                t.setDaemon(true);
                return t;
              });
      // a confirm-mode payment nobody answers is declined when its time runs out
      timers.scheduleWithFixedDelay(
          () -> services.paymentStarts().expire(), 1, 1, java.util.concurrent.TimeUnit.SECONDS);
      return new Wallet(store, IdleLocker.start(store, IDLE_CHECK), server, services, timers);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Site site(Services services) {
    return new Site() {
      @Override
      public Router routes(String url) {
        Router router = new Router();
        org.agentset.wallet.ui.Pages.register(router, services, url);
        Api.register(router, services, url);
        return router;
      }

      @Override
      public String errorPage(HttpProblem problem, Request request) {
        return org.agentset.wallet.ui.Pages.errorPage(problem, request);
      }
    };
  }

  /** The wallet's address, e.g. {@code http://127.0.0.1:8765/}. */
  public String url() {
    return server.url();
  }

  /** The store (tests look at its file and state). */
  public WalletStore store() {
    return store;
  }

  /** The services (tests drive them directly where HTTP adds nothing). */
  public Services services() {
    return services;
  }

  /** Stops serving, locks the wallet and releases its directory. */
  @Override
  public void close() {
    timers.shutdownNow();
    services.sai().stop();
    server.close();
    locker.close();
    store.close();
  }
}
