package org.agentset.wallet;

import java.io.IOException;
import java.net.BindException;
import java.security.SecureRandom;
import java.time.Clock;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.WalletException;

/**
 * {@code java -jar agentset-wallet.jar}: starts the wallet's local UI on 127.0.0.1, or says in
 * one line why it cannot (a setting out of range, the port taken, another wallet on the same
 * directory).
 */
public final class WalletMain {

  private WalletMain() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    Wallet wallet;
    try {
      wallet = start(WalletSettings.fromEnvironment(System.getenv()));
    } catch (WalletException | IOException | IllegalArgumentException e) {
      System.err.println("AgentSET wallet did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(wallet::close));
    System.out.printf(
        "AgentSET wallet ready in %d ms at %s (Ctrl-C to stop)%n",
        (System.nanoTime() - started) / 1_000_000, wallet.url());
  }

  private static Wallet start(WalletSettings settings) throws WalletException, IOException {
    try {
      return Wallet.start(
          settings, KdfParameters.DEFAULT, Clock.systemDefaultZone(), new SecureRandom());
    } catch (BindException e) {
      throw new IOException(
          "port " + settings.port() + " on 127.0.0.1 is in use (set AGENTSET_WALLET_PORT)", e);
    }
  }
}
