package org.agentset.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agentset.wallet.WalletSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletServerTest {

  @TempDir Path home;
  private HttpServer fakeCa;
  private WalletServer wallet;

  @BeforeEach
  void start() throws IOException {
    fakeCa = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    fakeCa.createContext("/ca/api/status", e -> {
      e.sendResponseHeaders(200, -1);
      e.close();
    });
    fakeCa.start();
    URI ca = URI.create("http://127.0.0.1:" + fakeCa.getAddress().getPort() + "/ca");
    wallet = WalletServer.start(new WalletSettings(0, home, ca));
  }

  @AfterEach
  void stop() {
    wallet.close();
    fakeCa.stop(0);
  }

  @Test
  void listensOnLoopbackOnlyAndServesItsStartPage() throws IOException {
    assertThat(wallet.url()).startsWith("http://127.0.0.1:");
    String page = get(port(), "127.0.0.1:" + port(), "/");
    assertThat(page).startsWith("HTTP/1.1 200").contains("AgentSET", "none yet, in " + home);
    assertThat(page).contains("reachable").contains("X-frame-options: DENY");
  }

  @Test
  void statusApiReportsTheCaUnreachableWhenItIs() throws IOException {
    fakeCa.stop(0);
    String json = get(port(), "localhost:" + port(), "/api/status");
    assertThat(json).contains("\"walletFile\":false").contains("not reachable");
  }

  @Test
  void foreignHostHeaderIsRefused() throws IOException {
    assertThat(get(port(), "evil.example:" + port(), "/")).startsWith("HTTP/1.1 421");
    assertThat(get(port(), "127.0.0.1:" + port(), "/nope")).startsWith("HTTP/1.1 404");
  }

  @Test
  void escapesWhatItShows() {
    assertThat(StatusPage.escape("<script>\"'&")).isEqualTo("&lt;script&gt;&quot;&#39;&amp;");
  }

  private int port() {
    return URI.create(wallet.url()).getPort();
  }

  /** A raw HTTP/1.1 GET, so the test controls the Host header. */
  private static String get(int port, String host, String path) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
