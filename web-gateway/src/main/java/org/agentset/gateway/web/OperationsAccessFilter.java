package org.agentset.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gate in front of {@code /gateway/ops/}: not signed in goes to the sign-in page, signed in
 * without {@code gateway-operator} gets 403 (the queries check the role again). Sets the headers an
 * operations console carries: no framing, no caching.
 */
@WebFilter(urlPatterns = "/ops/*")
public class OperationsAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "same-origin");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/ops/jakarta.faces.resource/")) {
      chain.doFilter(req, resp);
      return;
    }
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (!req.isUserInRole("gateway-operator")) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, resp);
  }
}
