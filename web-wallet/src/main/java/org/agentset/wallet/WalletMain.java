package org.agentset.wallet;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.WalletException;

/** {@code java -jar agentset-wallet.jar}: starts the wallet's local UI on 127.0.0.1. */
public final class WalletMain {

  private WalletMain() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    WalletSettings settings = WalletSettings.fromEnvironment(System.getenv());
    Wallet wallet;
    try {
      wallet =
          Wallet.start(
              settings, KdfParameters.DEFAULT, Clock.systemDefaultZone(), new SecureRandom());
    } catch (WalletException e) {
      System.err.println("AgentSET wallet did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(wallet::close));
    System.out.printf(
        "AgentSET wallet ready in %d ms at %s (Ctrl-C to stop)%n",
        (System.nanoTime() - started) / 1_000_000, wallet.url());
  }
}
