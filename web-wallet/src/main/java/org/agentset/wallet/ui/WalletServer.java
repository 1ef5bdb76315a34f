package org.agentset.wallet.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.Executors;
import org.agentset.set.asn1.SetObjectIdentifiers;
import org.agentset.wallet.WalletSettings;
import org.agentset.wallet.app.CaProbe;

/**
 * The wallet's local web server (the JDK's own HTTP server: no servlet container to start). It
 * binds the loopback address only and answers only requests whose {@code Host} names that
 * address, so pages of other sites cannot reach it through DNS rebinding.
 */
public final class WalletServer implements AutoCloseable {

  private final HttpServer server;
  private final WalletSettings settings;
  private final CaProbe ca;
  private final Set<String> allowedHosts;

  private WalletServer(HttpServer server, WalletSettings settings) {
    this.server = server;
    this.settings = settings;
    this.ca = new CaProbe(settings.caUrl());
    int port = server.getAddress().getPort();
    this.allowedHosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
  }

  /** Binds 127.0.0.1 on the configured port and starts serving. */
  public static WalletServer start(WalletSettings settings) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
    WalletServer wallet = new WalletServer(http, settings);
    http.createContext("/", wallet::handle);
    http.setExecutor(Executors.newFixedThreadPool(4));
    http.start();
    return wallet;
  }

  /** The wallet's address, e.g. {@code http://127.0.0.1:8765/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
      exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
      exchange.getResponseHeaders().add("Referrer-Policy", "no-referrer");
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      String host = exchange.getRequestHeaders().getFirst("Host");
      if (host == null || !allowedHosts.contains(host)) {
        send(exchange, 421, "text/plain", "This wallet answers only on " + url());
        return;
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "Method not allowed");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/" -> send(exchange, 200, "text/html; charset=utf-8", StatusPage.render(status()));
        case "/api/status" -> send(exchange, 200, "application/json", status().toJson());
        default -> send(exchange, 404, "application/problem+json",
            "{\"title\":\"Not found\",\"status\":404,\"detail\":\"no such page in the wallet\"}");
      }
    }
  }

  private WalletStatus status() {
    return new WalletStatus(
        url(),
        settings.home().toString(),
        Files.exists(settings.home().resolve("wallet.dat")),
        settings.caUrl().toString(),
        ca.check(),
        SetObjectIdentifiers.AGENTSET.getId());
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(1);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
