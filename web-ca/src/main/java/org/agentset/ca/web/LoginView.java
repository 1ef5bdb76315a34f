package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.agentset.ca.app.AuditTrail;
import org.agentset.db.OperatorSignIn;

/**
 * The console's sign-in page ({@code /ca/login.xhtml}): checks the operator's name and password
 * against the {@code agentset-ca} Elytron domain with {@link HttpServletRequest#login}, which keeps
 * the authenticated identity in the HTTP session (a new session id is issued on sign-in).
 *
 * <p>Programmatic sign-in rather than the servlet FORM mechanism, because the CA's login-config
 * stays HTTP Basic for its API clients ({@code /ca/api/...}): one web module has one login-config,
 * and FORM would answer API clients with a login page instead of a 401. Failures say only that the
 * name or password is wrong (never which), and are audited.
 */
@Named
@RequestScoped
public class LoginView extends OperatorSignIn {

  @EJB private AuditTrail audit;

  @Override
  protected boolean holdsRole(HttpServletRequest request) {
    return request.isUserInRole("ca-admin") || request.isUserInRole("ca-auditor");
  }

  @Override
  protected String noRoleMessage() {
    return "This account holds no role on the certificate authority.";
  }

  @Override
  protected String home() {
    return "/admin/index.xhtml";
  }

  @Override
  protected void refused(HttpServletRequest request, String name, String reason) {
    audit.recordApart(
        name.isEmpty() ? "(empty)" : name,
        "SIGN_IN",
        "console",
        request.getRemoteAddr(),
        reason,
        AuditTrail.REFUSED);
  }

  @Override
  protected void signedIn(HttpServletRequest request, String name) {
    audit.recordApart(
        name,
        "SIGN_IN",
        "console",
        request.getRemoteAddr(),
        request.isUserInRole("ca-admin") ? "role ca-admin" : "role ca-auditor",
        AuditTrail.SUCCESS);
  }
}
