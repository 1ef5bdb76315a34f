package org.agentset.wallet.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.store.WalletException;

/**
 * The wallet's local web server: the JDK's own HTTP server (measured lighter and faster to start
 * than embedded Jetty, see the README), bound to the loopback address only, serving the UI and the
 * JSON API on one port through {@link RequestGuard}.
 *
 * <p>Every response forbids framing, sniffing, caching and cross-origin reads; the log names the
 * route pattern and status of each request, never its path or body, which may hold anything the
 * client typed.
 */
public final class WalletServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(WalletServer.class.getName());
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Frame-Options", "DENY",
          "X-Content-Type-Options", "nosniff",
          "Content-Security-Policy",
              "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                  + "frame-ancestors 'none'; base-uri 'none'",
          // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on posts
          "Referrer-Policy", "same-origin",
          "Cross-Origin-Opener-Policy", "same-origin",
          "Cross-Origin-Resource-Policy", "same-origin",
          "Cache-Control", "no-store");

  private final HttpServer server;
  private final ExecutorService executor;
  private final RequestGuard guard;
  private final Sessions sessions;
  private final String cookieName;
  private final String url;
  private Router router;
  private Site site;

  private WalletServer(
      HttpServer server, ExecutorService executor, Clock clock, SecureRandom random) {
    this.server = server;
    this.executor = executor;
    int port = server.getAddress().getPort();
    this.guard = new RequestGuard(port);
    this.sessions = new Sessions(clock, random);
    this.cookieName = "agentset_wallet_" + port;
    this.url = "http://127.0.0.1:" + port + "/";
  }

  /** Binds 127.0.0.1 on {@code port} (0: any free port) and starts serving {@code site}. */
  public static WalletServer start(int port, Site site, Clock clock, SecureRandom random)
      throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    WalletServer wallet = new WalletServer(http, executor, clock, random);
    wallet.site = site;
    wallet.router = site.routes(wallet.url);
    http.createContext("/", wallet::handle);
    http.setExecutor(executor);
    http.start();
    return wallet;
  }

  /** The wallet's address, e.g. {@code http://127.0.0.1:8765/}. */
  public String url() {
    return url;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
      if (!guard.hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
        send(
            exchange,
            Response.of(
                421,
                "text/plain; charset=utf-8",
                ("This wallet answers only on " + url).getBytes(StandardCharsets.UTF_8)));
        LOG.log(Level.WARNING, "Refused a request for another host name (421)");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      boolean api = path.startsWith("/api/");
      Request request = new Request(exchange, Map.of(), sessions, cookieName);
      String pattern = "(no route)";
      Response response;
      try {
        Router.Match match = router.match(exchange.getRequestMethod(), path);
        pattern = match.pattern();
        request = new Request(exchange, match.params(), sessions, cookieName);
        if (RequestGuard.changesState(exchange.getRequestMethod())) {
          guard.checkStateChange(request, api);
        } else if (api) {
          guard.checkApiRead(request);
        }
        response = match.handler().handle(request);
      } catch (Exception e) {
        response = failure(e, request, api);
      }
      request.cookieToSet().ifPresent(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
      if (response.status == 405) {
        exchange.getResponseHeaders().set("Allow", router.allowed(path));
      }
      send(exchange, response);
      LOG.log(Level.INFO, "{0} {1} -> {2}", exchange.getRequestMethod(), pattern, response.status);
    }
  }

  private Response failure(Exception e, Request request, boolean api) {
    HttpProblem problem;
    if (e instanceof HttpProblem p) {
      problem = p;
    } else if (e instanceof InvalidInputException invalid) {
      problem = Problems.of(invalid);
    } else if (e instanceof org.agentset.wallet.app.NotReadyException notReady) {
      problem = new HttpProblem(409, "not-ready", "Not possible yet", notReady.getMessage());
    } else if (e instanceof org.agentset.wallet.infra.PeerException peer) {
      problem =
          new HttpProblem(
              502,
              peer.status() == 0 ? "peer-unreachable" : "peer-refused",
              peer.status() == 0 ? "Another party could not be reached" : "Another party refused",
              peer.getMessage());
    } else if (e instanceof WalletException w) {
      if (!api && w.reason() == WalletException.Reason.LOCKED) {
        if ("GET".equals(request.method())) {
          String query = request.rawQuery();
          request.session().returnTo(request.path() + (query == null ? "" : "?" + query));
        }
        return Response.redirect("/unlock");
      }
      if (!api && w.reason() == WalletException.Reason.NO_WALLET) {
        return Response.redirect("/create");
      }
      problem = Problems.of(w);
    } else {
      // the class and place only: an exception's message may quote its input
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      LOG.log(Level.ERROR, "Unexpected {0} at {1}", e.getClass().getName(), at);
      problem =
          new HttpProblem(
              500,
              "internal",
              "Internal error",
              "The wallet hit an unexpected error ("
                  + e.getClass().getSimpleName()
                  + "); see its console.");
    }
    return api
        ? Problems.json(problem)
        : Response.html(problem.status(), site.errorPage(problem, request));
  }

  private static void send(HttpExchange exchange, Response r) throws IOException {
    r.headers.forEach(exchange.getResponseHeaders()::set);
    if (r.contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", r.contentType);
    }
    boolean empty = r.body.length == 0;
    exchange.sendResponseHeaders(r.status, empty ? -1 : r.body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(r.body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
