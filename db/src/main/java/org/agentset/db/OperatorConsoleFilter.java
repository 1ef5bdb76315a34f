package org.agentset.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Base of each staffed party's console gate (the CA's {@code /admin}, the gateway's {@code /ops},
 * the merchants' {@code /admin}): sets the headers a bank's console carries (no framing, no
 * caching, no referrer leaking identifiers), lets the console's Faces resources through, sends
 * anyone not signed in to the party's sign-in page, and answers 403 when {@link #permits} says the
 * signed-in operator may not open the page. The services behind the pages check the roles again, so
 * this gate is the first of two, never the only one.
 */
public abstract class OperatorConsoleFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final String area;

  /**
   * @param area the console's path inside the WAR, e.g. {@code /ops}
   */
  protected OperatorConsoleFilter(String area) {
    this.area = area;
  }

  /**
   * Whether the signed-in operator may open {@code path} (the request path inside the WAR). A
   * subclass may record a refusal before answering false.
   */
  protected abstract boolean permits(HttpServletRequest req, String path);

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "same-origin");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith(area + "/jakarta.faces.resource/")) {
      chain.doFilter(req, resp);
      return;
    }
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (!permits(req, path)) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, resp);
  }
}
