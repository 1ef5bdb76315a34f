package org.agentset.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import org.agentset.wallet.TestWallet;
import org.agentset.wallet.WalletClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status page and {@code /api/status}: address, wallet file, and whether the CA answers. */
class StatusPageTest {

  @TempDir Path home;
  private HttpServer fakeCa;
  private TestWallet wallet;

  @BeforeEach
  void start() throws Exception {
    fakeCa = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    fakeCa.createContext(
        "/ca/api/status",
        e -> {
          e.sendResponseHeaders(200, -1);
          e.close();
        });
    fakeCa.start();
    wallet =
        new TestWallet(
            home, URI.create("http://127.0.0.1:" + fakeCa.getAddress().getPort() + "/ca"));
  }

  @AfterEach
  void stop() {
    wallet.close();
    fakeCa.stop(0);
  }

  @Test
  void showsWhereTheWalletListensAndKeepsItsFileAndThatTheCaAnswers() throws Exception {
    WalletClient c = wallet.client();
    String page = c.page("/status").body();
    assertThat(page)
        .contains(
            wallet.wallet.url() + " (this computer only)", "none yet, in " + home, ": reachable");
    c.createWallet();
    assertThat(c.page("/status").body()).contains(home + "/wallet.dat");
  }

  @Test
  void theApiReportsTheCaUnreachableWhenItIs() throws Exception {
    fakeCa.stop(0);
    var json = WalletClient.json(wallet.client().get("/api/status"));
    assertThat(json.getBoolean("walletFile")).isFalse();
    assertThat(json.getString("caStatus")).startsWith("not reachable");
    assertThat(json.getString("agentSetArc"))
        .isEqualTo(org.agentset.set.asn1.SetObjectIdentifiers.AGENTSET.getId());
  }

  @Test
  void escapesWhatItShows() {
    assertThat(Html.escape("<script>\"'&")).isEqualTo("&lt;script&gt;&quot;&#39;&amp;");
  }
}
