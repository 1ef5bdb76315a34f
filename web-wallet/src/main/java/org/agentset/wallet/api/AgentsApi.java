package org.agentset.wallet.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.wallet.agents.Refusal;
import org.agentset.wallet.app.AgentService;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.MandateForm;
import org.agentset.wallet.app.PaymentStartService;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.http.JsonInput;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.store.Ticket;

/**
 * Agents and their payment starts: {@code GET/POST /api/agents}, {@code GET /api/agents/{id}},
 * {@code POST /api/agents/{id}/revoke}; {@code POST /api/payment-starts} ({@code paymentStart}:
 * base64 of the sealed payment start, as the SAI channel delivers it); {@code GET /api/approvals},
 * {@code POST /api/approvals/{id}/approve} ({@code password}) and {@code …/decline}.
 */
final class AgentsApi {

  private final AgentService agents;
  private final PaymentStartService starts;
  private final WalletAccess access;
  private final Clock clock;

  AgentsApi(AgentService agents, PaymentStartService starts, WalletAccess access, Clock clock) {
    this.agents = agents;
    this.starts = starts;
    this.access = access;
    this.clock = clock;
  }

  void register(Router router) {
    router
        .get("/api/agents", this::list)
        .post("/api/agents", this::create)
        .get("/api/agents/{id}", this::one)
        .post("/api/agents/{id}/revoke", this::revoke)
        .post("/api/payment-starts", this::paymentStart)
        .get("/api/approvals", this::approvals)
        .post("/api/approvals/{id}/approve", this::approve)
        .post("/api/approvals/{id}/decline", this::decline);
  }

  private Response list(Request r) throws Exception {
    JsonArrayBuilder array = Json.array();
    Ticket t = r.ticket();
    for (AgentRecord a : agents.list(t)) {
      array.add(agent(a, agents.mandate(t, a)));
    }
    return Response.json(200, Json.object().add("agents", array).build());
  }

  private Response create(Request r) throws Exception {
    JsonInput in =
        r.json(
            Set.of("query", "category", "maxUnitPrice", "budget", "merchants", "deadline", "mode"),
            Set.of("quantity"));
    var draft =
        MandateForm.parse(
            in.string("query"),
            in.string("category"),
            in.integerText("quantity"),
            in.string("maxUnitPrice"),
            in.string("budget"),
            in.string("merchants"),
            in.string("deadline"),
            in.string("mode"),
            clock);
    Ticket t = r.ticket();
    AgentRecord created = agents.create(t, draft);
    return Response.json(201, agent(created, agents.mandate(t, created)))
        .header("Location", "/api/agents/" + created.agentId());
  }

  private Response one(Request r) throws Exception {
    Ticket t = r.ticket();
    AgentRecord a = agents.get(t, r.pathParam("id")).orElseThrow(AgentsApi::noSuchAgent);
    return Response.json(200, agent(a, agents.mandate(t, a)));
  }

  private Response revoke(Request r) throws Exception {
    Ticket t = r.ticket();
    agents.get(t, r.pathParam("id")).orElseThrow(AgentsApi::noSuchAgent);
    AgentService.Revoked revoked = agents.revoke(t, r.pathParam("id"));
    JsonObjectBuilder b =
        Json.object()
            .add("agent", agent(revoked.agent(), agents.mandate(t, revoked.agent())))
            .add("agentServerTold", revoked.agentServerProblem().isEmpty());
    revoked.agentServerProblem().ifPresent(p -> b.add("agentServerProblem", p));
    return Response.json(200, b.build());
  }

  private Response paymentStart(Request r) throws Exception {
    JsonInput in = r.json(Set.of("paymentStart"), Set.of());
    byte[] envelope;
    try {
      envelope =
          Base64.getDecoder()
              .decode(in.string("paymentStart") == null ? "" : in.string("paymentStart"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("paymentStart", "Give the payment start as base64.");
    }
    if (envelope.length == 0) {
      throw new InvalidInputException("paymentStart", "Give the payment start as base64.");
    }
    return Response.json(200, decision(starts.receive(r.ticket(), envelope, null)));
  }

  private Response approvals(Request r) throws Exception {
    r.ticket();
    JsonArrayBuilder array = Json.array();
    for (PaymentStartService.Pending p : starts.pending()) {
      array.add(
          Json.object()
              .add("paymentId", p.paymentId())
              .add("agentId", p.agentId())
              .add("merchant", p.merchantCode())
              .add("orderDescription", p.description())
              .add("amount", ApiViews.money(p.amountMinor()))
              .add("currency", ApiViews.currency(p.currency()))
              .add("expiresAt", p.expiresAt().toString()));
    }
    return Response.json(200, Json.object().add("approvals", array).build());
  }

  private Response approve(Request r) throws Exception {
    JsonInput in = r.json(Set.of("password"), Set.of());
    return Response.json(
        200,
        decision(starts.approve(r.ticket(), r.pathParam("id"), in.string("password"), access)));
  }

  private Response decline(Request r) throws Exception {
    return Response.json(200, decision(starts.decline(r.ticket(), r.pathParam("id"))));
  }

  static JsonObject decision(PaymentStartService.Decision d) {
    JsonObjectBuilder b = Json.object().add("status", d.status());
    d.paymentId().ifPresent(id -> b.add("paymentId", id));
    d.refusal().ifPresent(x -> b.add("refusal", refusal(x)));
    d.purchase().ifPresent(p -> b.add("purchase", ApiViews.purchase(p)));
    return b.build();
  }

  static JsonObject refusal(Refusal r) {
    return Json.object().add("code", r.reason().code()).add("detail", r.detail()).build();
  }

  static JsonObject agent(AgentRecord a, Mandate m) {
    var terms = m.getTerms();
    JsonArrayBuilder items = Json.array();
    for (int i = 0; i < terms.getItems().size(); i++) {
      MandateItem item = terms.getItems().get(i);
      int slot = i + 1;
      JsonObjectBuilder b =
          Json.object()
              .add("slot", slot)
              .add("quantity", item.getQuantity())
              .add(
                  "maxUnitPrice",
                  ApiViews.money(item.getMaxUnitPrice().getAmount().longValueExact()))
              .add("keyHeld", a.item(slot).map(k -> k.key().isPresent()).orElse(false));
      if (item.getQuery() != null) {
        b.add("query", item.getQuery());
      }
      if (item.getCategory() != null) {
        b.add("category", item.getCategory());
      }
      items.add(b);
    }
    JsonArrayBuilder payments = Json.array();
    long spent = 0;
    for (AgentPayment p : a.payments()) {
      if (p.state().counts()) {
        spent += p.amountMinor();
      }
      payments.add(
          Json.object()
              .add("paymentId", p.id())
              .add("slot", p.slot())
              .add("merchant", p.merchantCode())
              .add("amount", ApiViews.money(p.amountMinor()))
              .add("state", p.state().name())
              .add("detail", p.detail())
              .add("at", p.at().toString()));
    }
    JsonArrayBuilder merchants = Json.array();
    terms.getAllowedMerchants().forEach(merchants::add);
    return Json.object()
        .add("agentId", a.agentId())
        .add("mandateId", a.mandateId())
        .add("state", a.state().name())
        .add("mode", terms.getMode().name())
        .add("createdAt", a.createdAt().toString())
        .add("deadline", terms.getNotAfter().toString())
        .add("currency", ApiViews.currency(terms.getTotalBudget().getCurrency()))
        .add("budget", ApiViews.money(terms.getTotalBudget().getAmount().longValueExact()))
        .add("spent", ApiViews.money(spent))
        .add("merchants", merchants)
        .add("items", items)
        .add("payments", payments)
        .add("certified", a.agentCertificate().isPresent())
        .build();
  }

  private static HttpProblem noSuchAgent() {
    return new HttpProblem(
        404, "no-such-agent", "No such agent", "The wallet has no agent with this id.");
  }
}
