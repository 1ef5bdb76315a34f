package org.agentset.ca.rest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.reg.AcquirerRegistrations;

/**
 * The acquirer registrations behind SET merchant and gateway registration:
 *
 * <ul>
 *   <li>{@code GET api/admin/acquirer-registrations} — every registration with its status and the
 *       number of pended certificate requests;
 *   <li>{@code POST api/admin/acquirer-registrations/{reference}/decision} with {@code
 *       {"status":"ACTIVE"}} or {@code {"status":"REJECTED"}} — the acquirer's decision on one
 *       under review ({@code ca-admin}; audited). Its pended requests are then answered at the next
 *       CertInqReq.
 * </ul>
 */
@Path("admin/acquirer-registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRegistrationsResource {

  /** The decision body. */
  public record Decision(String status) {}

  @EJB private AcquirerRegistrations registrations;

  @EJB private AuditTrail audit;

  @Context private HttpServletRequest request;

  @Context private SecurityContext security;

  @GET
  public List<AcquirerRegistrations.Row> all() {
    return registrations.all();
  }

  @POST
  @Path("{reference}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("reference") String reference, Decision body) {
    if (body == null || body.status() == null) {
      return problem(
          400, "A JSON body {\"status\":\"ACTIVE\"} or {\"status\":\"REJECTED\"} is required.");
    }
    try {
      return Response.ok(registrations.decide(reference, body.status(), request.getRemoteAddr()))
          .build();
    } catch (CaOperationException e) {
      return problem(
          switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
          },
          e.getMessage());
    } catch (EJBAccessException e) {
      audit.recordApart(
          security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName(),
          "ACQUIRER_DECISION",
          reference,
          request.getRemoteAddr(),
          "refused: the operator lacks the ca-admin role (admin API)",
          AuditTrail.REFUSED);
      return problem(403, "Only a CA administrator (ca-admin) may do this.");
    }
  }

  private static Response problem(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Problem(status, message))
        .build();
  }
}
