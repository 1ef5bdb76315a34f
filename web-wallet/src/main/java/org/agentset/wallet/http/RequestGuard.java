package org.agentset.wallet.http;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a request may reach the wallet's handlers, against the one threat a loopback
 * server has: other pages in the customer's browser, including pages served from other ports of
 * 127.0.0.1 (which are the same <em>site</em>, so {@code SameSite} cookies alone do not stop them).
 *
 * <ul>
 *   <li>{@code Host} must be {@code 127.0.0.1:<port>} or {@code localhost:<port>}: a page of
 *       another name that rebinds its DNS to 127.0.0.1 is refused.
 *   <li>A state change (POST, PUT, DELETE) must carry the session's CSRF token: in the {@code
 *       X-CSRF-Token} header on the API (a custom header, which no other origin can send without a
 *       CORS preflight the wallet never grants) and in the {@code csrf} field of the wallet's own
 *       forms.
 *   <li>If the browser says where a request comes from, it must be the wallet's own origin: {@code
 *       Sec-Fetch-Site} must be {@code same-origin} or {@code none}; {@code Origin}, else {@code
 *       Referer}, must be the wallet's. API reads are refused from other origins too. Clients that
 *       are not browsers send none of these and rely on the token alone.
 * </ul>
 */
final class RequestGuard {

  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  private final Set<String> hosts;
  private final List<String> origins;

  RequestGuard(int port) {
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  /** Whether the {@code Host} header names this wallet. */
  boolean hostAllowed(String host) {
    return host != null && hosts.contains(host);
  }

  /** Whether {@code method} changes state (and so needs the token). */
  static boolean changesState(String method) {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  /** Checks a state-changing request; {@code api} chooses where the token is looked for. */
  void checkStateChange(Request r, boolean api) throws HttpProblem {
    checkProvenance(r);
    Session session =
        r.existingSession()
            .orElseThrow(
                () ->
                    new HttpProblem(
                        403,
                        "csrf",
                        "Session expired",
                        "This request has no live wallet session: reload the page (or GET"
                            + " /api/session) and try again."));
    String token = api ? r.header("X-CSRF-Token") : r.form().get("csrf");
    if (!Sessions.tokenMatches(session, token)) {
      throw new HttpProblem(
          403,
          "csrf",
          "Missing or wrong CSRF token",
          api
              ? "Send the session's token (from GET /api/session) in the X-CSRF-Token header."
              : "This form is stale or did not come from the wallet's own page: reload it and try"
                  + " again.");
    }
  }

  /** Checks an API read: refused when a browser says it comes from another origin. */
  void checkApiRead(Request r) throws HttpProblem {
    checkProvenance(r);
  }

  private void checkProvenance(Request r) throws HttpProblem {
    String site = r.header("Sec-Fetch-Site");
    if (site != null && !OWN_FETCH_SITES.contains(site)) {
      throw crossOrigin("the browser reports it as " + site);
    }
    String origin = r.header("Origin");
    if (origin != null) {
      if (!origins.contains(origin)) {
        throw crossOrigin("its Origin is " + printable(origin));
      }
      return;
    }
    String referer = r.header("Referer");
    if (referer != null
        && origins.stream().noneMatch(o -> referer.equals(o) || referer.startsWith(o + "/"))) {
      throw crossOrigin("its Referer is another site");
    }
  }

  private static HttpProblem crossOrigin(String why) {
    return new HttpProblem(
        403,
        "cross-origin",
        "Request from another origin",
        "The wallet accepts this only from its own pages; " + why + ".");
  }

  private static String printable(String s) {
    String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
