package org.agentset.wallet.api;

import jakarta.json.JsonArrayBuilder;
import java.util.Set;
import org.agentset.wallet.app.CheckoutService;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.http.JsonInput;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.model.Purchase;

/**
 * Purchases: {@code POST /api/checkout} ({@code initiation}: base64 of the merchant's signed SET
 * initiation) shows the order; {@code POST /api/checkout/{id}/pay} ({@code cardId} optional) pays
 * it; {@code GET /api/purchases} and {@code GET /api/purchases/{id}} list the receipts.
 */
final class PurchasesApi {

  private final CheckoutService checkout;

  PurchasesApi(CheckoutService checkout) {
    this.checkout = checkout;
  }

  void register(Router router) {
    router
        .post("/api/checkout", this::present)
        .post("/api/checkout/{id}/pay", this::pay)
        .get("/api/purchases", this::list)
        .get("/api/purchases/{id}", this::one);
  }

  private Response present(Request r) throws Exception {
    JsonInput in = r.json(Set.of("initiation"), Set.of());
    CheckoutService.Order o = checkout.present(r.ticket(), in.string("initiation"));
    return Response.json(200, ApiViews.order(o));
  }

  private Response pay(Request r) throws Exception {
    JsonInput in = r.json(Set.of("cardId"), Set.of());
    Purchase p = checkout.pay(r.ticket(), r.pathParam("id"), in.string("cardId"));
    return Response.json(200, ApiViews.purchase(p)).header("Location", "/api/purchases/" + p.id());
  }

  private Response list(Request r) throws Exception {
    JsonArrayBuilder array = Json.array();
    checkout.purchases(r.ticket()).forEach(p -> array.add(ApiViews.purchase(p)));
    return Response.json(200, Json.object().add("purchases", array).build());
  }

  private Response one(Request r) throws Exception {
    String id = r.pathParam("id");
    return checkout.purchases(r.ticket()).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .map(p -> Response.json(200, ApiViews.purchase(p)))
        .orElseThrow(
            () ->
                new HttpProblem(
                    404,
                    "no-such-purchase",
                    "No such purchase",
                    "The wallet has no such purchase."));
  }
}
