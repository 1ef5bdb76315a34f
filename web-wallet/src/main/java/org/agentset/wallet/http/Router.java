package org.agentset.wallet.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} segments that
 * match one non-empty segment of letters, digits, hyphens and underscores.
 */
public final class Router {

  /** Handles one matched request. */
  @FunctionalInterface
  public interface Handler {
    Response handle(Request request) throws Exception;
  }

  /** A route that matched: its handler, pattern (what the log shows) and path parameters. */
  record Match(Handler handler, String pattern, Map<String, String> params) {}

  private record Route(String method, String pattern, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router get(String pattern, Handler h) {
    return add("GET", pattern, h);
  }

  public Router post(String pattern, Handler h) {
    return add("POST", pattern, h);
  }

  public Router put(String pattern, Handler h) {
    return add("PUT", pattern, h);
  }

  public Router delete(String pattern, Handler h) {
    return add("DELETE", pattern, h);
  }

  private Router add(String method, String pattern, Handler h) {
    routes.add(new Route(method, pattern, pattern.split("/", -1), h));
    return this;
  }

  /**
   * The route for {@code method} and {@code path}.
   *
   * @throws HttpProblem 404 if no route has the path, 405 (listing the allowed methods) if none has
   *     it with this method
   */
  Match match(String method, String path) throws HttpProblem {
    String[] parts = path.split("/", -1);
    Set<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Optional<Map<String, String>> params = params(r.segments(), parts);
      if (params.isPresent()) {
        if (r.method().equals(method)) {
          return new Match(r.handler(), r.pattern(), params.get());
        }
        allowed.add(r.method());
      }
    }
    if (allowed.isEmpty()) {
      throw new HttpProblem(
          404, "not-found", "Not found", "The wallet has no such page or resource.");
    }
    throw new HttpProblem(
        405,
        "method-not-allowed",
        "Method not allowed",
        "Use " + String.join(" or ", allowed) + " here.");
  }

  /** The methods {@code path} accepts (for 405's {@code Allow} header). */
  String allowed(String path) {
    String[] parts = path.split("/", -1);
    Set<String> allowed = new TreeSet<>();
    routes.stream()
        .filter(r -> params(r.segments(), parts).isPresent())
        .forEach(r -> allowed.add(r.method()));
    return String.join(", ", allowed);
  }

  private static Optional<Map<String, String>> params(String[] pattern, String[] parts) {
    if (pattern.length != parts.length) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        if (!parts[i].matches("[A-Za-z0-9_-]{1,64}")) {
          return Optional.empty();
        }
        params.put(p.substring(1, p.length() - 1), parts[i]);
      } else if (!p.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }
}
