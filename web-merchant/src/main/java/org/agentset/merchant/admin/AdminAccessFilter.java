package org.agentset.merchant.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The back office's gate, in front of every page under {@code /merchant/admin/}: not signed in →
 * the sign-in page; signed in without {@code merchant-admin} → 403. The services check the role
 * again and scope every query to the operator's own merchant. Also the headers of a console: no
 * framing, no caching.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AdminAccessFilter extends HttpFilter {

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
    if (path.startsWith("/admin/jakarta.faces.resource/")) {
      chain.doFilter(req, resp);
      return;
    }
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (!req.isUserInRole("merchant-admin")) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, resp);
  }
}
