package org.agentset.merchant.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.agentset.db.OperatorResource;

/** {@code GET api/operator}: the signed-in operator of the merchant server and their roles. */
@Path("operator")
@RequestScoped
public class OperatorSessionResource extends OperatorResource {

  public OperatorSessionResource() {
    super("merchant-admin");
  }
}
