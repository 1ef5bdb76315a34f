package org.agentset.wallet.measure;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The wallet's start, as it would be on embedded Jetty 12.1 (ee10 servlets): bind 127.0.0.1 on
 * {@code AGENTSET_WALLET_PORT}, check the Host header, serve the first page. Used only to measure
 * start time and jar size against the JDK HttpServer packaging (see ../packaging.sh).
 */
public final class JettyProbeMain {

  private JettyProbeMain() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.parseInt(System.getenv().getOrDefault("AGENTSET_WALLET_PORT", "8765"));
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.addServlet(new ServletHolder(new FirstPage(port)), "/*");
    server.setHandler(context);
    server.start();
    System.out.printf(
        "Jetty probe ready in %d ms at http://127.0.0.1:%d/%n",
        (System.nanoTime() - started) / 1_000_000, connector.getLocalPort());
    server.join();
  }

  /** The page a first-run wallet shows, with the same Host check and headers. */
  static final class FirstPage extends HttpServlet {
    private final int port;

    FirstPage(int port) {
      this.port = port;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String host = req.getHeader("Host");
      if (!("127.0.0.1:" + port).equals(host) && !("localhost:" + port).equals(host)) {
        resp.sendError(421);
        return;
      }
      req.getSession(true);
      resp.setHeader("X-Frame-Options", "DENY");
      resp.setHeader("Content-Security-Policy", "default-src 'self'");
      resp.setContentType("text/html; charset=utf-8");
      resp.getOutputStream()
          .write(
              ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                      + "<title>Create your wallet</title></head><body><header>AgentSET Wallet"
                      + "</header><main><h1>Create your wallet</h1><form method=\"post\">"
                      + "<input type=\"password\" name=\"password\"></form></main></body></html>")
                  .getBytes(StandardCharsets.UTF_8));
    }
  }
}
