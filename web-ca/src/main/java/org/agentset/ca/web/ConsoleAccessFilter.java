package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.agentset.ca.app.AuditTrail;
import org.agentset.db.OperatorConsoleFilter;

/**
 * The console's gate, in front of every page under {@code /ca/admin/}: anyone not signed in is sent
 * to the sign-in page; a signed-in operator needs {@code ca-admin} or {@code ca-auditor}, and the
 * pages that change things ({@link #ADMIN_ONLY}) need {@code ca-admin} (403 otherwise). The
 * services enforce the same roles again on every call, so a page reached some other way still
 * cannot act; refusals are audited. Also sets the headers a bank's console carries: no framing, no
 * caching, no referrer leaking serials.
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleAccessFilter extends OperatorConsoleFilter {

  private static final long serialVersionUID = 1L;

  @EJB private transient AuditTrail audit;

  /** Pages only a CA administrator may open. */
  public static final Set<String> ADMIN_ONLY = Set.of("/admin/revoke.xhtml", "/admin/issue.xhtml");

  public ConsoleAccessFilter() {
    super("/admin");
  }

  @Override
  protected boolean permits(HttpServletRequest req, String path) {
    boolean admin = req.isUserInRole("ca-admin");
    if (!admin && !req.isUserInRole("ca-auditor")) {
      return false;
    }
    if (ADMIN_ONLY.contains(path) && !admin) {
      audit.recordApart(
          req.getUserPrincipal().getName(),
          "OPEN_PAGE",
          path,
          req.getRemoteAddr(),
          "refused: the page needs the ca-admin role",
          AuditTrail.REFUSED);
      return false;
    }
    return true;
  }
}
