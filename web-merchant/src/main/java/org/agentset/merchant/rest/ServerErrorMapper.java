package org.agentset.merchant.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure as a problem+json 500 that names an incident id and nothing else: the
 * exception (which may carry internals) goes to the server log under that id, never to the client.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Merchant API incident " + incident, e);
    return Problem.of(
            500,
            "internal",
            "Internal error",
            "The request failed on the server (incident " + incident + "); nothing was changed.")
        .response();
  }
}
