package org.agentset.merchant.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.agentset.db.OperatorSignIn;

/**
 * The back office's sign-in ({@code /merchant/login.xhtml}): the operator's name and password
 * against the {@code agentset-merchant} Elytron domain with {@link HttpServletRequest#login}
 * (programmatic, as the CA console, because the module's login-config stays HTTP Basic for its API
 * clients). A failure says only that the name or password is wrong.
 */
@Named
@RequestScoped
public class AdminLoginView extends OperatorSignIn {

  private static final Logger LOG = Logger.getLogger(AdminLoginView.class.getName());

  @Override
  protected boolean holdsRole(HttpServletRequest request) {
    return request.isUserInRole("merchant-admin");
  }

  @Override
  protected String noRoleMessage() {
    return "This account holds no role in a merchant's back office.";
  }

  @Override
  protected String home() {
    return "/admin/index.xhtml";
  }

  @Override
  protected void refused(HttpServletRequest request, String name, String reason) {
    LOG.info(
        () ->
            "Back-office sign-in refused for "
                + name.replaceAll("[^a-z0-9._-]", "?")
                + ": "
                + reason);
  }
}
