package org.agentset.db;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Base of each staffed party's sign-in page: the operator's name and password checked against the
 * party's Elytron domain with {@link HttpServletRequest#login}, which keeps the identity in the
 * HTTP session under a new session id. Programmatic sign-in rather than the servlet FORM mechanism
 * because each WAR's login-config stays HTTP Basic for its API clients (one web module has one
 * login-config, and FORM would answer API clients with a page instead of a 401).
 *
 * <p>A failure says only that the name or password is wrong (never which); an account without the
 * party's role is signed out again. Subclasses name the role check and where to go, and may record
 * refusals and sign-ins (the CA audits them).
 */
public abstract class OperatorSignIn {

  private String username;
  private String password;

  /** Whether the freshly signed-in operator holds a role on this party. */
  protected abstract boolean holdsRole(HttpServletRequest request);

  /** The sentence shown to an account that holds no role here. */
  protected abstract String noRoleMessage();

  /** The view an operator lands on after signing in, e.g. {@code /ops/index.xhtml}. */
  protected abstract String home();

  /**
   * Called on every refused sign-in, before the page shows the failure.
   *
   * @param name the user name as typed (stripped; may be empty)
   * @param reason why, in words safe for a log (no password)
   */
  protected void refused(HttpServletRequest request, String name, String reason) {}

  /** Called once the operator is signed in with a role. */
  protected void signedIn(HttpServletRequest request, String name) {}

  public String signIn() throws ServletException {
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
      refused(request, name, "wrong user name or password, or the account is disabled");
      fail(faces, "The user name or password is wrong, or the account is disabled.");
      return null;
    } finally {
      password = null;
    }
    if (!holdsRole(request)) {
      request.logout();
      refused(request, name, "no role on this party");
      fail(faces, noRoleMessage());
      return null;
    }
    request.changeSessionId();
    signedIn(request, name);
    ext.getFlash().setKeepMessages(true);
    return home() + "?faces-redirect=true";
  }

  public String signOut() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (request.getUserPrincipal() != null) {
      request.logout();
    }
    faces.getExternalContext().invalidateSession();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }

  /** The signed-in operator's name, or empty. */
  public String getOperator() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Never echoes the password back into the page. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private static void fail(FacesContext faces, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Sign-in failed", detail));
  }
}
