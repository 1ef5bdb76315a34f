package org.agentset.wallet.api;

import java.util.Set;
import org.agentset.wallet.app.CardService;
import org.agentset.wallet.app.CardView;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Json;
import org.agentset.wallet.http.JsonInput;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;

/**
 * Cards: {@code GET /api/cards}, {@code POST /api/cards} with {@code number}, {@code expiry}
 * ({@code MM/YY}) and {@code holderName}, {@code GET} and {@code DELETE /api/cards/{id}}. Answers
 * show the last four digits only.
 */
final class CardsApi {

  private final CardService cards;

  CardsApi(CardService cards) {
    this.cards = cards;
  }

  void register(Router router) {
    router
        .get("/api/cards", this::list)
        .post("/api/cards", this::add)
        .get("/api/cards/{id}", this::one)
        .delete("/api/cards/{id}", this::remove);
  }

  private Response list(Request r) throws Exception {
    var array = Json.array();
    cards.list(r.ticket()).forEach(c -> array.add(ApiViews.card(c)));
    return Response.json(200, Json.object().add("cards", array).build());
  }

  private Response add(Request r) throws Exception {
    JsonInput in = r.json(Set.of("number", "expiry", "holderName"), Set.of());
    CardView added =
        cards.add(r.ticket(), in.string("number"), in.string("expiry"), in.string("holderName"));
    return Response.json(201, ApiViews.card(added)).header("Location", "/api/cards/" + added.id());
  }

  private Response one(Request r) throws Exception {
    String id = r.pathParam("id");
    return cards.list(r.ticket()).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .map(c -> Response.json(200, ApiViews.card(c)))
        .orElseThrow(CardsApi::noSuchCard);
  }

  private Response remove(Request r) throws Exception {
    if (!cards.remove(r.ticket(), r.pathParam("id"))) {
      throw noSuchCard();
    }
    return Response.noContent();
  }

  private static HttpProblem noSuchCard() {
    return new HttpProblem(
        404, "no-such-card", "No such card", "The wallet has no card with this id.");
  }
}
