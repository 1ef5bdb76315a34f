package org.agentset.ans.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agentset.ans.customer.AgentRunner;
import org.agentset.ans.trust.AgentProblem;

/**
 * Step III's entry: the merchant server's completion event for an order a merchant agent opened,
 * POSTed to the callback URL the agent gave ({@code /ans/api/merchant-events/<token>}, 128 random
 * bits per order). Delivered at least once; repeats change nothing. Answers 204.
 */
@Path("merchant-events")
@RequestScoped
public class MerchantEventsResource {

  @EJB private AgentRunner runner;

  @POST
  @Path("{token}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response event(@PathParam("token") String token, String body) {
    if (token == null || !token.matches("[0-9a-f]{32}")) {
      throw new AgentProblem("not-found", 404, "No order of this agent server has that callback.");
    }
    JsonObject o = JsonViews.body(body);
    String outcome = JsonViews.string(o, "outcome", true);
    String xid = JsonViews.string(o, "xid", false);
    String reason = JsonViews.string(o, "reason", false);
    runner.completed(token, outcome, xid, reason);
    return Response.noContent().build();
  }
}
