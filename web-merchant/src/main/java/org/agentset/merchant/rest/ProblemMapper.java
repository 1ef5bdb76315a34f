package org.agentset.merchant.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JAX-RS error the API itself did not shape (unknown path, wrong method, unsupported media
 * type) as a problem+json answer; answers that already carry a body pass unchanged.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response r = e.getResponse();
    if (r.hasEntity()) {
      return r;
    }
    int status = r.getStatus();
    String detail =
        e instanceof NotFoundException ? "No such resource." : r.getStatusInfo().getReasonPhrase();
    return Problem.of(status, "http-" + status, r.getStatusInfo().getReasonPhrase(), detail)
        .response();
  }
}
