package org.agentset.wallet;

import java.io.IOException;
import org.agentset.wallet.ui.WalletServer;

/** {@code java -jar agentset-wallet.jar}: starts the wallet's local UI on 127.0.0.1. */
public final class WalletMain {

  private WalletMain() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    WalletSettings settings = WalletSettings.fromEnvironment(System.getenv());
    WalletServer server = WalletServer.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.printf(
        "AgentSET wallet ready in %d ms at %s (Ctrl-C to stop)%n",
        (System.nanoTime() - started) / 1_000_000, server.url());
  }
}
