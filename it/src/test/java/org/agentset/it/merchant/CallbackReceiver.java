package org.agentset.it.merchant;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A merchant agent's callback endpoint in the test JVM (127.0.0.1, free port): records every
 * delivery and refuses the first {@code failFirst} with 503, to prove the retry.
 */
final class CallbackReceiver implements AutoCloseable {

  /** One delivery as received. */
  record Delivery(String eventId, String merchant, String body) {}

  private final HttpServer server;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusalsLeft;

  CallbackReceiver(int failFirst) throws IOException {
    refusalsLeft = new AtomicInteger(failFirst);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/events",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          deliveries.add(
              new Delivery(
                  exchange.getRequestHeaders().getFirst("AgentSET-Event-Id"),
                  exchange.getRequestHeaders().getFirst("AgentSET-Merchant"),
                  body));
          int status = refusalsLeft.getAndDecrement() > 0 ? 503 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
  }

  List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
