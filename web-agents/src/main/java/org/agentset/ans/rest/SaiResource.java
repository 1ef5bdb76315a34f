package org.agentset.ans.rest;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.agentset.ans.customer.IdempotencyStore;
import org.agentset.ans.customer.PaymentStartQueue;
import org.agentset.ans.customer.SaiChannel;
import org.agentset.ans.trust.AgentProblem;

/**
 * The SAI channel, opened by the wallet (so it works from behind NAT): {@code GET
 * /ans/api/sai/channel} streams that wallet's payment starts as server-sent events until the wallet
 * acknowledges each with {@code POST /ans/api/sai/ack}.
 */
@Path("sai")
@RequestScoped
public class SaiResource {

  @EJB private SaiChannel channel;
  @EJB private PaymentStartQueue payments;
  @EJB private IdempotencyStore idempotency;

  @Resource private ManagedExecutorService executor;

  @GET
  @Path("channel")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void open(
      @HeaderParam("SAI-Authorization") String auth, @Context SseEventSink sink, @Context Sse sse) {
    String wallet = channel.authorise(auth);
    executor.submit(new SaiStream(payments, wallet, sink, sse));
  }

  @POST
  @Path("ack")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response ack(
      @HeaderParam("SAI-Authorization") String auth,
      @HeaderParam("Idempotency-Key") String key,
      String body) {
    String wallet = channel.authorise(auth);
    JsonObject o = JsonViews.body(body);
    UUID id;
    try {
      id = UUID.fromString(JsonViews.string(o, "paymentStartId", true));
    } catch (IllegalArgumentException e) {
      throw new AgentProblem("invalid-request", 400, "paymentStartId must be a UUID.");
    }
    String outcome = JsonViews.string(o, "outcome", true);
    String reason = JsonViews.string(o, "reason", false);
    String xid = JsonViews.string(o, "xid", false);
    return Idempotent.run(
        idempotency,
        "sai/ack/" + wallet,
        key,
        body,
        () -> {
          payments.ack(wallet, id, outcome, reason, xid);
          return new Idempotent.Answer(
              200, "{\"paymentStartId\":\"" + id + "\",\"outcome\":\"" + outcome + "\"}", null);
        });
  }
}
