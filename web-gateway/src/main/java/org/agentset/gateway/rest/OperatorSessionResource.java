package org.agentset.gateway.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.agentset.db.OperatorResource;

/** {@code GET api/operator}: the signed-in operator of the payment gateway and their roles. */
@Path("operator")
@RequestScoped
public class OperatorSessionResource extends OperatorResource {

  public OperatorSessionResource() {
    super("gateway-operator");
  }
}
