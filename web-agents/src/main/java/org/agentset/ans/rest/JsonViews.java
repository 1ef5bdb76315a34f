package org.agentset.ans.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import org.agentset.ans.customer.AgentView;
import org.agentset.ans.negotiation.Money;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.db.ans.AgentEvent;
import org.agentset.db.ans.TranscriptEntryRecord;

/** The API's JSON: agents, transcripts, events; and strict reading of request bodies. */
final class JsonViews {

  private JsonViews() {}

  static JsonObject agent(AgentView a) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (AgentView.Line l : a.lines()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("item", l.item())
              .add("request", l.request())
              .add("quantity", l.quantity())
              .add("maxUnitPrice", Money.decimal(l.maxUnitPriceMinor()));
      if (l.merchant() != null) {
        b.add(
            "selection",
            Json.createObjectBuilder()
                .add("merchant", l.merchant())
                .add("sku", l.sku())
                .add("itemName", l.itemName())
                .add("unitPrice", Money.decimal(l.unitPriceMinor()))
                .add("total", Money.decimal(l.unitPriceMinor() * l.quantity()))
                .add("currency", a.currency())
                .add("deliveryDays", l.deliveryDays())
                .add("status", l.status())
                .add("explanation", nz(l.explanation())));
        JsonObjectBuilder order = Json.createObjectBuilder();
        if (l.orderId() != null) {
          order.add("orderId", l.orderId()).add("lidM", nz(l.lidM()));
          if (l.xid() != null) {
            order.add("xid", l.xid());
          } else {
            order.addNull("xid");
          }
          if (l.outcomeReason() != null) {
            order.add("reason", l.outcomeReason());
          }
          b.add("order", order);
        } else {
          b.addNull("order");
        }
      } else {
        b.addNull("selection");
      }
      lines.add(b);
    }
    return Json.createObjectBuilder()
        .add("agentId", a.agentId())
        .add("customer", a.customer())
        .add("mandateId", a.mandateId())
        .add("mode", nz(a.mode()))
        .add("state", a.state())
        .add("stateReason", nz(a.stateReason()))
        .add("createdAt", a.createdAt().toString())
        .add("updatedAt", a.updatedAt().toString())
        .add("deadline", a.deadline().toString())
        .add("currency", a.currency())
        .add("budget", Money.decimal(a.budgetMinor()))
        .add("lines", lines)
        .build();
  }

  static JsonObject transcript(List<TranscriptEntryRecord> entries) {
    JsonArrayBuilder arr = Json.createArrayBuilder();
    for (TranscriptEntryRecord t : entries) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("seq", t.getSeq())
              .add("at", t.getAt().toString())
              .add("item", t.getItem())
              .add("round", t.getRound())
              .add("kind", t.getKind())
              .add("from", t.getFromParty())
              .add("to", t.getToParty())
              .add("text", t.getText())
              .add("quantity", t.getQuantity());
      if (t.getUnitPriceMinor() > 0) {
        b.add("unitPrice", Money.decimal(t.getUnitPriceMinor()));
      }
      arr.add(b);
    }
    return Json.createObjectBuilder().add("entries", arr).build();
  }

  static String event(AgentEvent e) {
    return Json.createObjectBuilder()
        .add("seq", e.getSeq())
        .add("at", e.getAt().toString())
        .add("kind", e.getKind())
        .add("state", e.getState())
        .add("text", e.getText())
        .build()
        .toString();
  }

  /** A JSON object body, or a problem. */
  static JsonObject body(String body) {
    if (body == null || body.isBlank()) {
      return Json.createObjectBuilder().build();
    }
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      return r.readObject();
    } catch (RuntimeException e) {
      throw new AgentProblem("malformed-json", 400, "The body must be a JSON object.");
    }
  }

  static String string(JsonObject o, String field, boolean required) {
    if (!o.containsKey(field) || o.isNull(field)) {
      if (required) {
        throw new AgentProblem("invalid-request", 400, "The field '" + field + "' is required.");
      }
      return null;
    }
    try {
      return o.getString(field);
    } catch (ClassCastException e) {
      throw new AgentProblem("invalid-request", 400, "The field '" + field + "' must be a string.");
    }
  }

  static byte[] base64(JsonObject o, String field) {
    String s = string(o, field, true);
    try {
      return Base64.getDecoder().decode(s.strip());
    } catch (IllegalArgumentException e) {
      throw new AgentProblem(
          "invalid-request", 400, "The field '" + field + "' must be standard base64.");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
