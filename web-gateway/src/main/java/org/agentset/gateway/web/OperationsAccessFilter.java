package org.agentset.gateway.web;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.agentset.db.OperatorConsoleFilter;

/**
 * The gate in front of {@code /gateway/ops/}: not signed in goes to the sign-in page, signed in
 * without {@code gateway-operator} gets 403 (the queries check the role again). Sets the headers an
 * operations console carries: no framing, no caching.
 */
@WebFilter(urlPatterns = "/ops/*")
public class OperationsAccessFilter extends OperatorConsoleFilter {

  private static final long serialVersionUID = 1L;

  public OperationsAccessFilter() {
    super("/ops");
  }

  @Override
  protected boolean permits(HttpServletRequest req, String path) {
    return req.isUserInRole("gateway-operator");
  }
}
