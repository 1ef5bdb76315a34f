package org.agentset.merchant.admin;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.agentset.db.OperatorConsoleFilter;

/**
 * The back office's gate, in front of every page under {@code /merchant/admin/}: not signed in →
 * the sign-in page; signed in without {@code merchant-admin} → 403. The services check the role
 * again and scope every query to the operator's own merchant. Also the headers of a console: no
 * framing, no caching.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AdminAccessFilter extends OperatorConsoleFilter {

  private static final long serialVersionUID = 1L;

  public AdminAccessFilter() {
    super("/admin");
  }

  @Override
  protected boolean permits(HttpServletRequest req, String path) {
    return req.isUserInRole("merchant-admin");
  }
}
