package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.agentset.ca.app.AuditTrail;

/**
 * Who is signed in to the console and what they may do, for the template and the pages: the
 * operator's name, whether they are a CA administrator, and signing out (audited, session
 * discarded).
 */
@Named
@RequestScoped
public class ConsoleSession {

  @EJB private AuditTrail audit;

  private HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getUsername() {
    return request().getUserPrincipal() == null ? "" : request().getUserPrincipal().getName();
  }

  /** Whether the operator holds {@code ca-admin} (may issue and revoke). */
  public boolean isAdmin() {
    return request().isUserInRole("ca-admin");
  }

  public String getRoleLabel() {
    return isAdmin() ? "Administrator" : "Auditor";
  }

  /** The caller's address, for the audit trail. */
  public String origin() {
    return request().getRemoteAddr();
  }

  public String signOut() throws ServletException {
    HttpServletRequest request = request();
    if (request.getUserPrincipal() != null) {
      audit.recordApart(
          request.getUserPrincipal().getName(),
          "SIGN_OUT",
          "console",
          request.getRemoteAddr(),
          null,
          AuditTrail.SUCCESS);
      request.logout();
    }
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    ext.invalidateSession();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }
}
