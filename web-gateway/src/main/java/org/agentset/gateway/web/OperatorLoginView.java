package org.agentset.gateway.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * The operations page's sign-in ({@code /gateway/login.xhtml}): checks name and password against
 * the {@code agentset-gateway} Elytron domain with {@link HttpServletRequest#login} (the WAR's
 * login-config stays HTTP Basic for API clients, as the CA console does) and requires the {@code
 * gateway-operator} role. Failures say only that the name or password is wrong.
 */
@Named
@RequestScoped
public class OperatorLoginView {

  private static final Logger LOG = Logger.getLogger(OperatorLoginView.class.getName());

  private String username;
  private String password;

  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String name = username == null ? "" : username.strip();
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(name, password == null ? "" : password);
      if (!request.isUserInRole("gateway-operator")) {
        request.logout();
        fail(faces, "This account holds no role on the payment gateway.");
        return null;
      }
    } catch (ServletException e) {
      LOG.info(
          () -> "Gateway operator sign-in refused for " + name.replaceAll("[^a-z0-9._-]", "?"));
      fail(faces, "The user name or password is wrong, or the account is disabled.");
      return null;
    } finally {
      password = null;
    }
    return "/ops/index.xhtml?faces-redirect=true";
  }

  private static void fail(FacesContext faces, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Sign-in failed", detail));
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

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
