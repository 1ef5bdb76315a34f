package org.agentset.gateway.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.agentset.gateway.app.TestControl;

/**
 * {@code POST /gateway/api/test-control/halt-after-approval} and {@code .../halt-after-capture}:
 * arm the crash hooks ({@link TestControl}). Answers 404 unless {@code
 * agentset.gateway.test-control=true}, which only the integration tests' server sets.
 */
@Path("test-control")
public class TestControlResource {

  @EJB private TestControl control;

  @POST
  @Path("halt-after-approval")
  @Produces("application/problem+json")
  public Response arm() {
    if (!control.enabled()) {
      return CredentialsResource.problem(404, "Not found", "test control is off");
    }
    control.armHaltAfterApproval();
    return Response.noContent().build();
  }

  @POST
  @Path("halt-after-capture")
  @Produces("application/problem+json")
  public Response armCapture() {
    if (!control.enabled()) {
      return CredentialsResource.problem(404, "Not found", "test control is off");
    }
    control.armHaltAfterCapture();
    return Response.noContent().build();
  }
}
