package org.agentset.ans.rest;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.Base64;
import java.util.UUID;
import org.agentset.ans.customer.AgentService;
import org.agentset.ans.customer.AgentStore;
import org.agentset.ans.customer.AgentView;
import org.agentset.ans.customer.IdempotencyStore;
import org.agentset.ans.trust.AgentProblem;

/**
 * Customer agents over HTTP ({@code /ans/api/agents}): reserve a key, create an agent from a signed
 * mandate, read it and its transcript, follow its events (server-sent events), revoke it. The
 * contract is {@code /ans/api/openapi.yaml} and the API notes.
 */
@Path("agents")
@RequestScoped
public class AgentsResource {

  @EJB private AgentService agents;
  @EJB private AgentStore store;
  @EJB private IdempotencyStore idempotency;

  @Resource private ManagedExecutorService executor;

  @POST
  @Path("keys")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response reserve(
      @HeaderParam("Idempotency-Key") String key, String body, @Context UriInfo uri) {
    JsonViews.body(body);
    return Idempotent.run(
        idempotency,
        "agents/keys",
        key,
        body,
        () -> {
          AgentService.Reservation r = agents.reserve();
          JsonObject json =
              Json.createObjectBuilder()
                  .add("agentId", r.agentId().toString())
                  .add(
                      "certificationRequest",
                      Base64.getEncoder().encodeToString(r.certificationRequest()))
                  .add("expiresAt", r.expiresAt().toString())
                  .build();
          return new Idempotent.Answer(201, json.toString(), null);
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(
      @HeaderParam("Idempotency-Key") String key, String body, @Context UriInfo uri) {
    JsonObject o = JsonViews.body(body);
    UUID id = uuid(JsonViews.string(o, "agentId", true));
    byte[] mandate = JsonViews.base64(o, "mandate");
    byte[] request = JsonViews.base64(o, "agentCertificateRequest");
    return Idempotent.run(
        idempotency,
        "agents",
        key,
        body,
        () -> {
          AgentService.Created c = agents.create(id, mandate, request);
          JsonObject json =
              Json.createObjectBuilder(JsonViews.agent(c.agent()))
                  .add("certificateChain", c.certificateChain())
                  .add(
                      "agentPage",
                      uri.getBaseUriBuilder()
                          .path("../agent.xhtml")
                          .queryParam("id", id)
                          .build()
                          .normalize()
                          .toString())
                  .add(
                      "walletPage",
                      uri.getBaseUriBuilder()
                          .path("../customer.xhtml")
                          .queryParam("wallet", c.walletHash())
                          .build()
                          .normalize()
                          .toString())
                  .build();
          URI location = uri.getBaseUriBuilder().path("agents").path(id.toString()).build();
          return new Idempotent.Answer(201, json.toString(), location);
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list(@QueryParam("customer") String customer) {
    var arr = Json.createArrayBuilder();
    for (AgentView v :
        agents.views(customer == null || customer.isBlank() ? null : customer, 200)) {
      arr.add(JsonViews.agent(v));
    }
    return Json.createObjectBuilder().add("agents", arr).build().toString();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public String get(@PathParam("id") String id) {
    return JsonViews.agent(agents.view(uuid(id))).toString();
  }

  @GET
  @Path("{id}/transcript")
  @Produces(MediaType.APPLICATION_JSON)
  public String transcript(@PathParam("id") String id) {
    UUID agent = uuid(id);
    agents.view(agent);
    return JsonViews.transcript(store.transcript(agent)).toString();
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response revoke(
      @PathParam("id") String id, @HeaderParam("Idempotency-Key") String key, String body) {
    UUID agent = uuid(id);
    String reason = JsonViews.string(JsonViews.body(body), "reason", false);
    return Idempotent.run(
        idempotency,
        "agents/" + agent + "/revoke",
        key,
        body,
        () ->
            new Idempotent.Answer(
                200, JsonViews.agent(agents.revoke(agent, reason)).toString(), null));
  }

  /** The agent's events as server-sent events; {@code Last-Event-ID} resumes after that event. */
  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(
      @PathParam("id") String id,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    UUID agent = uuid(id);
    agents.view(agent);
    int after = 0;
    try {
      after = lastEventId == null ? 0 : Integer.parseInt(lastEventId.strip());
    } catch (NumberFormatException e) {
      after = 0;
    }
    executor.submit(new EventStream(store, agent, after, sink, sse));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new AgentProblem("not-found", 404, "No agent " + id + " here (agent ids are UUIDs).");
    }
  }
}
