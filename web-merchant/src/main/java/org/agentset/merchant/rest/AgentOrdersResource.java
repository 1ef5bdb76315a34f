package org.agentset.merchant.rest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.merchant.order.IdempotentOrders;
import org.agentset.merchant.order.OrderRefused;
import org.agentset.merchant.order.OrderService;
import org.agentset.merchant.set.CredentialStore;

/** "Create order from agreed terms" (step I) and the order's state, for merchant agents. */
@Path("merchants/{code}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentOrdersResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private ApiCaller caller;
  @Inject private MerchantConfig config;
  @EJB private IdempotentOrders idempotent;
  @EJB private OrderService orders;
  @EJB private CredentialStore credentials;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam("Idempotency-Key") String key,
      byte[] body) {
    Merchant m = caller.authorise(code, authorization);
    if (key == null || !key.matches("[A-Za-z0-9._:-]{1,128}")) {
      return Problem.of(
              400,
              "idempotency-key",
              "Idempotency-Key required",
              "Send an Idempotency-Key header of 1 to 128 characters [A-Za-z0-9._:-].")
          .response();
    }
    OrderTerms terms;
    try {
      terms = JSON.fromJson(new String(body, StandardCharsets.UTF_8), OrderTerms.class);
    } catch (JsonbException | IllegalArgumentException e) {
      terms = null;
    }
    if (terms == null) {
      return Problem.of(
              400,
              "malformed-json",
              "Malformed JSON",
              "The body is not a JSON object of order terms.")
          .response();
    }
    List<Problem.FieldError> errors = terms.errors();
    if (!errors.isEmpty()) {
      return new Problem(
              Problem.TYPES + "invalid-terms",
              "Invalid order terms",
              400,
              errors.size() + " field(s) are missing or wrong.",
              errors)
          .response();
    }
    byte[] hash = ApiCaller.sha256(new String(body, StandardCharsets.UTF_8));
    try {
      IdempotentOrders.Answer a = place(m, key, hash, terms);
      Response.ResponseBuilder r =
          Response.status(a.status()).type(MediaType.APPLICATION_JSON).entity(a.body());
      if (a.location() != null) {
        r.location(URI.create(a.location()));
      }
      if (a.replayed()) {
        r.header("Idempotent-Replayed", "true");
      }
      return r.build();
    } catch (OrderRefused e) {
      return Problem.of(e.kind().status, e.kind().type, e.kind().title, e.getMessage()).response();
    }
  }

  private IdempotentOrders.Answer place(Merchant m, String key, byte[] hash, OrderTerms t)
      throws OrderRefused {
    String base = config.settings().merchantUrl() + "/api/merchants/" + m.getCode() + "/orders/";
    try {
      return idempotent.place(
          m,
          key,
          hash,
          new OrderService.Request(t.sku(), t.quantity(), t.unitPrice()),
          t.currency(),
          t.agreementRef(),
          t.callbackUrl(),
          this::render,
          o -> base + o.getId());
    } catch (EJBException e) {
      // the same key raced another request: the winner's answer (or a conflict) stands
      return idempotent
          .previous(m, key, hash)
          .orElseThrow(
              () ->
                  Problem.of(
                          409,
                          "in-progress",
                          "Try again",
                          "A request with this key is in progress.")
                      .exception());
    }
  }

  @GET
  @Path("{id}")
  public Response get(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Merchant m = caller.authorise(code, authorization);
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      uuid = null;
    }
    PurchaseOrder o =
        uuid == null
            ? null
            : orders
                .find(m, uuid)
                .filter(x -> x.getSource() == PurchaseOrder.Source.AGENT)
                .orElse(null);
    if (o == null) {
      return Problem.of(
              404, "unknown-order", "Unknown order", "No order " + id + " at " + m.getName())
          .response();
    }
    return Response.ok(render(o), MediaType.APPLICATION_JSON).build();
  }

  /**
   * The order with its SET initiation once the shop can take the payment: signed (the shop has
   * enrolled with the CA) and payable (it holds the gateway's key-exchange certificate). Until then
   * the initiation is withheld with the reason, so an agent never hands its customer's wallet a
   * payment the shop's SET desk would refuse; the agent asks again later.
   */
  private String render(PurchaseOrder o) {
    byte[] signed = o.getSetInitiation();
    boolean payable = signed != null && credentials.paymentsOpen(o.getMerchant().getCode());
    return JSON.toJson(
        OrderView.of(
            o,
            config.settings().setEndpoint().toString(),
            payable ? java.util.Base64.getEncoder().encodeToString(signed) : null,
            signed == null ? "PENDING_ENROLMENT" : payable ? "SIGNED" : "PAYMENTS_OPENING"));
  }
}
