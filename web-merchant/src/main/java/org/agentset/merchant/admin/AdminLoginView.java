package org.agentset.merchant.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The back office's sign-in ({@code /merchant/login.xhtml}): the operator's name and password
 * against the {@code agentset-merchant} Elytron domain with {@link HttpServletRequest#login}
 * (programmatic, as the CA console, because the module's login-config stays HTTP Basic for its API
 * clients). A failure says only that the name or password is wrong.
 */
@Named
@RequestScoped
public class AdminLoginView {

  private static final Logger LOG = Logger.getLogger(AdminLoginView.class.getName());

  private String username;
  private String password;

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
      LOG.info(() -> "Back-office sign-in refused for " + name.replaceAll("[^a-z0-9._-]", "?"));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Sign-in failed",
              "The user name or password is wrong, or the account is disabled."));
      return null;
    } finally {
      password = null;
    }
    if (!request.isUserInRole("merchant-admin")) {
      request.logout();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Sign-in failed",
              "This account holds no role in a merchant's back office."));
      return null;
    }
    request.changeSessionId();
    return "/admin/index.xhtml?faces-redirect=true";
  }

  public String signOut() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
    faces.getExternalContext().invalidateSession();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
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
