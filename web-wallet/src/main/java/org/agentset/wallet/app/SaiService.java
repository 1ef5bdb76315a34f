package org.agentset.wallet.app;

import java.security.Provider;
import java.time.Duration;
import java.util.Optional;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.wallet.agents.CommKeys;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.infra.SaiClient;
import org.agentset.wallet.model.KeyCredential;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Keeps the SAI channel open while the wallet is unlocked and has its communication certificate:
 * one background thread connects to the agent server, hands every payment start to {@link
 * PaymentStartService}, reconnects with back-off (1 s doubling to 60 s) when the channel breaks or
 * is refused, and stops when the wallet locks (a locked wallet cannot pay; the agent server keeps
 * the payment starts and sends them again on the next connection). It also reports each payment
 * start's outcome back ({@link AgentNotifier}). Its background reads do not count as use, so an
 * unattended wallet still locks itself.
 */
public final class SaiService implements AgentNotifier {

  private static final System.Logger LOG = System.getLogger(SaiService.class.getName());

  static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  static final Duration LAST_RETRY = Duration.ofSeconds(60);
  static final Duration ENROLMENT_POLL = Duration.ofSeconds(3);

  private final WalletStore store;
  private final SaiClient client;
  private final AlgorithmSuites suites;
  private final Provider provider;
  private volatile PaymentStartService starts;
  private volatile Ticket ticket;
  private volatile String status = "not connected: the wallet is locked";
  private Thread thread;

  public SaiService(
      WalletStore store, SaiClient client, AlgorithmSuites suites, Provider provider) {
    this.store = store;
    this.client = client;
    this.suites = suites;
    this.provider = provider;
  }

  /** The service that decides on payment starts (set once, after both are built). */
  void attach(PaymentStartService starts) {
    this.starts = starts;
  }

  /** What the channel is doing, in words. */
  public String status() {
    return status;
  }

  /** Starts (or keeps) the channel for the unlock {@code t}. */
  public synchronized void unlocked(Ticket t) {
    this.ticket = t;
    if (thread == null || !thread.isAlive()) {
      thread = new Thread(this::run, "wallet-sai-channel");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Stops the channel thread (the wallet is closing). */
  public synchronized void stop() {
    ticket = null;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run() {
    Duration retry = FIRST_RETRY;
    while (!Thread.currentThread().isInterrupted()) {
      Ticket t = ticket;
      if (t == null || !store.isCurrent(t)) {
        status = "not connected: the wallet is locked";
        return;
      }
      Optional<KeyCredential> comm;
      try {
        comm = store.peek(t).communication();
      } catch (WalletException e) {
        continue;
      }
      if (comm.isEmpty()) {
        status = "not connected: the wallet has no communication certificate yet (enrol first)";
        if (!sleep(ENROLMENT_POLL)) {
          return;
        }
        continue;
      }
      CommKeys keys = CommKeys.of(comm.get(), suites, provider);
      try {
        status = "connected to the agent server";
        client.listen(keys, (id, envelope) -> handle(t, id, envelope), () -> store.isCurrent(t));
        retry = FIRST_RETRY;
        status = "reconnecting (the agent server closed the stream)";
      } catch (PeerException e) {
        status = "not connected: " + e.getMessage() + " Retrying in " + retry.toSeconds() + " s.";
        LOG.log(System.Logger.Level.INFO, "SAI channel: {0}", e.getMessage());
        if (!sleep(retry)) {
          return;
        }
        retry =
            retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        status = "not connected: " + e.getClass().getSimpleName() + ". Retrying.";
        if (!sleep(retry)) {
          return;
        }
      }
    }
  }

  private void handle(Ticket t, String id, byte[] envelope) {
    PaymentStartService s = starts;
    if (s == null) {
      return;
    }
    try {
      s.receive(t, envelope, id);
    } catch (WalletException e) {
      // locked meanwhile: not acknowledged, so the agent server sends it again later
      LOG.log(
          System.Logger.Level.INFO, "Payment start {0} left for later: {1}", id, e.getMessage());
    } catch (RuntimeException e) {
      report(id, "REFUSED", "wallet-not-ready: " + e.getMessage());
    }
  }

  @Override
  public void report(String reference, String outcome, String reason) {
    Ticket t = ticket;
    if (t == null) {
      return;
    }
    try {
      Optional<KeyCredential> comm = store.peek(t).communication();
      if (comm.isPresent()) {
        client.ack(CommKeys.of(comm.get(), suites, provider), reference, outcome, reason, null);
      }
    } catch (WalletException | PeerException e) {
      LOG.log(
          System.Logger.Level.WARNING, "Could not acknowledge {0}: {1}", reference, e.getMessage());
    }
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
