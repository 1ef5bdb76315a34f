package org.agentset.gateway.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.agentset.db.OperatorSignIn;

/**
 * The operations page's sign-in ({@code /gateway/login.xhtml}): checks name and password against
 * the {@code agentset-gateway} Elytron domain with {@link HttpServletRequest#login} (the WAR's
 * login-config stays HTTP Basic for API clients, as the CA console does) and requires the {@code
 * gateway-operator} role. Failures say only that the name or password is wrong.
 */
@Named
@RequestScoped
public class OperatorLoginView extends OperatorSignIn {

  private static final Logger LOG = Logger.getLogger(OperatorLoginView.class.getName());

  @Override
  protected boolean holdsRole(HttpServletRequest request) {
    return request.isUserInRole("gateway-operator");
  }

  @Override
  protected String noRoleMessage() {
    return "This account holds no role on the payment gateway.";
  }

  @Override
  protected String home() {
    return "/ops/index.xhtml";
  }

  @Override
  protected void refused(HttpServletRequest request, String name, String reason) {
    LOG.info(
        () ->
            "Gateway operator sign-in refused for "
                + name.replaceAll("[^a-z0-9._-]", "?")
                + ": "
                + reason);
  }
}
