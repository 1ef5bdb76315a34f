package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.agentset.ca.app.AuditTrail;

/**
 * The console's sign-in page ({@code /ca/login.xhtml}): checks the operator's name and password
 * against the {@code agentset-ca} Elytron domain with {@link HttpServletRequest#login}, which
 * keeps the authenticated identity in the HTTP session (a new session id is issued on sign-in).
 *
 * <p>Programmatic sign-in rather than the servlet FORM mechanism, because the CA's login-config
 * stays HTTP Basic for its API clients ({@code /ca/api/...}): one web module has one
 * login-config, and FORM would answer API clients with a login page instead of a 401. Failures
 * say only that the name or password is wrong (never which), and are audited.
 */
@Named
@RequestScoped
public class LoginView {

  private String username;
  private String password;

  @EJB private AuditTrail audit;

  public String signIn() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String name = username == null ? "" : username.strip();
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(name, password == null ? "" : password);
    } catch (ServletException e) {
      audit.recordApart(
          name.isEmpty() ? "(empty)" : name,
          "SIGN_IN",
          "console",
          request.getRemoteAddr(),
          "wrong user name or password, or the account is disabled",
          AuditTrail.REFUSED);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Sign-in failed",
              "The user name or password is wrong, or the account is disabled."));
      password = null;
      return null;
    } finally {
      password = null;
    }
    if (!request.isUserInRole("ca-admin") && !request.isUserInRole("ca-auditor")) {
      request.logout();
      audit.recordApart(
          name, "SIGN_IN", "console", request.getRemoteAddr(), "no CA role", AuditTrail.REFUSED);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Sign-in failed",
              "This account holds no role on the certificate authority."));
      return null;
    }
    audit.recordApart(
        name,
        "SIGN_IN",
        "console",
        request.getRemoteAddr(),
        request.isUserInRole("ca-admin") ? "role ca-admin" : "role ca-auditor",
        AuditTrail.SUCCESS);
    ext.getFlash().setKeepMessages(true);
    return "/admin/index.xhtml?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
