package org.agentset.merchant.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.admin.BackOffice;
import org.agentset.merchant.settlement.CaptureOutcome;
import org.agentset.merchant.settlement.CaptureService;
import org.agentset.merchant.settlement.Money;
import org.agentset.merchant.settlement.RefundOutcome;
import org.agentset.merchant.settlement.RefundRefused;
import org.agentset.merchant.settlement.RefundService;

/**
 * The back office's payment operations as JSON, for a merchant administrator's scripts (HTTP Basic,
 * role {@code merchant-admin}, guarded in {@code web.xml}; every call acts on the operator's own
 * shop only): an order's capture and refunds, a capture batch, a refund. The same services as the
 * back-office pages.
 */
@Path("backoffice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackOfficeResource {

  @EJB private BackOffice office;
  @EJB private CaptureService captures;
  @EJB private RefundService refunds;

  /** An order's payment: state, capture, amounts in EUR, refunds. */
  @GET
  @Path("orders/{id}")
  public Response order(@PathParam("id") String id) {
    UUID uuid = uuid(id);
    PurchaseOrder o = uuid == null ? null : office.order(uuid);
    if (o == null) {
      return Problem.of(404, "no-order", "No such order", "Your shop has no order " + id + ".")
          .response();
    }
    BackOffice.Payment p = office.payment(uuid);
    JsonArrayBuilder rs = Json.createArrayBuilder();
    for (BackOffice.RefundRow r : p.refunds()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("refundId", r.id().toString())
              .add("amount", BigDecimal.valueOf(r.amountMinor(), 2))
              .add("state", r.state())
              .add("createdAt", r.createdAt().toString());
      if (r.reason() != null) {
        b.add("reason", r.reason());
      }
      rs.add(b);
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("orderId", o.getId().toString())
            .add("lidM", o.getLidM())
            .add("status", o.getStatus().name())
            .add("amount", o.getAmount())
            .add("currency", o.getCurrency())
            .add("captured", BigDecimal.valueOf(p.capturedMinor(), 2))
            .add("refunded", BigDecimal.valueOf(p.refundedMinor(), 2))
            .add("refundable", BigDecimal.valueOf(p.refundableMinor(), 2))
            .add("refunds", rs);
    b.add(
        "captureState",
        p.captureState() == null ? JsonValue.NULL : Json.createValue(p.captureState()));
    b.add("reason", o.getReason() == null ? JsonValue.NULL : Json.createValue(o.getReason()));
    return Response.ok(b.build().toString()).build();
  }

  /** A capture batch: {@code {"orderIds": [...]}}; one outcome per order. */
  @POST
  @Path("captures")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response capture(byte[] body) {
    JsonObject in = json(body);
    List<UUID> ids = new ArrayList<>();
    try {
      for (JsonValue v : in.getJsonArray("orderIds")) {
        UUID u = uuid(((JsonString) v).getString());
        if (u == null) {
          throw new ClassCastException();
        }
        ids.add(u);
      }
    } catch (NullPointerException | ClassCastException e) {
      return Problem.of(
              400, "invalid-batch", "Invalid capture batch", "Send {\"orderIds\": [order ids]}.")
          .response();
    }
    if (ids.isEmpty() || ids.size() > 500) {
      return Problem.of(400, "invalid-batch", "Invalid capture batch", "Send 1 to 500 order ids.")
          .response();
    }
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (CaptureOutcome c : captures.capture(office.merchant().getCode(), ids, n -> {})) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("orderId", c.orderId().toString())
              .add("result", c.result().name())
              .add("detail", c.detail());
      if (c.lidM() != null) {
        b.add("lidM", c.lidM());
      }
      out.add(b);
    }
    return Response.ok(Json.createObjectBuilder().add("results", out).build().toString()).build();
  }

  /**
   * A refund: {@code {"amount": 12.50}}. 201 when the gateway refunded it, 422 (problem) when this
   * server or the gateway refused it, 202 when the gateway's answer is unknown.
   */
  @POST
  @Path("orders/{id}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(@PathParam("id") String id, byte[] body) {
    UUID uuid = uuid(id);
    if (uuid == null || office.order(uuid) == null) {
      return Problem.of(404, "no-order", "No such order", "Your shop has no order " + id + ".")
          .response();
    }
    JsonObject in = json(body);
    BigDecimal amount = in.get("amount") instanceof JsonNumber n ? n.bigDecimalValue() : null;
    RefundOutcome r;
    try {
      r = refunds.refund(office.merchant().getCode(), uuid, Money.minor(amount), office.operator());
    } catch (RefundRefused e) {
      return Problem.of(422, "refund-refused", "Refund not sent", e.getMessage()).response();
    }
    if (r.result() == RefundOutcome.Result.REFUSED) {
      return Problem.of(
              422, "refund-refused-by-gateway", "Refund refused by the gateway", r.detail())
          .response();
    }
    JsonObject out =
        Json.createObjectBuilder()
            .add("refundId", r.refundId().toString())
            .add("result", r.result().name())
            .add("amount", BigDecimal.valueOf(r.amountMinor(), 2))
            .add("refundable", BigDecimal.valueOf(r.refundableMinor(), 2))
            .add("detail", r.detail())
            .build();
    return Response.status(r.result() == RefundOutcome.Result.REFUNDED ? 201 : 202)
        .entity(out.toString())
        .build();
  }

  private static JsonObject json(byte[] body) {
    try (var reader =
        Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw Problem.of(400, "malformed-json", "Malformed JSON", "The body is not a JSON object.")
          .exception();
    }
  }

  private static UUID uuid(String s) {
    try {
      return s == null ? null : UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
