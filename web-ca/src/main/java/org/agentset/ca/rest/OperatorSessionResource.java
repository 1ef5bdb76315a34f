package org.agentset.ca.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.agentset.db.OperatorResource;

/** {@code GET api/operator}: the signed-in operator of the certificate authority and their roles. */
@Path("operator")
@RequestScoped
public class OperatorSessionResource extends OperatorResource {

  public OperatorSessionResource() {
    super("ca-admin", "ca-auditor");
  }
}
