package org.agentset.wallet.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agentset.wallet.app.CardService;
import org.agentset.wallet.app.CardView;
import org.agentset.wallet.app.FieldError;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.http.HttpProblem;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;

/**
 * {@code /cards}: the cards as tiles showing the last four digits, a form to add one, a button to
 * remove each. A refused card is shown again with its expiry and name but an empty number field.
 */
final class CardsPage {

  private final CardService cards;

  CardsPage(CardService cards) {
    this.cards = cards;
  }

  void register(Router router) {
    router
        .get("/cards", r -> page(r, 200, Map.of(), List.of()))
        .post("/cards", this::add)
        .post("/cards/{id}/remove", this::remove);
  }

  private Response add(Request r) throws Exception {
    Map<String, String> form = r.form();
    try {
      CardView added =
          cards.add(r.ticket(), form.get("number"), form.get("expiry"), form.get("holderName"));
      r.session().flash("Card ending " + added.lastFour() + " added.");
      return Response.redirect("/cards");
    } catch (InvalidInputException e) {
      return page(r, 400, form, e.errors());
    }
  }

  private Response remove(Request r) throws Exception {
    String id = r.pathParam("id");
    CardView card =
        cards.list(r.ticket()).stream()
            .filter(c -> c.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new HttpProblem(
                        404,
                        "no-such-card",
                        "No such card",
                        "The wallet has no such card (was it removed already?)."));
    cards.remove(r.ticket(), id);
    r.session().flash("Card ending " + card.lastFour() + " removed.");
    return Response.redirect("/cards");
  }

  private Response page(Request r, int status, Map<String, String> typed, List<FieldError> errors)
      throws Exception {
    List<CardView> list = cards.list(r.ticket());
    String csrf = Html.csrf(r.session().csrfToken());
    String tiles =
        list.isEmpty()
            ? "<p class=\"lead\" id=\"no-cards\">No cards yet.</p>"
            : list.stream()
                .map(c -> tile(c, csrf))
                .collect(
                    Collectors.joining("\n", "<ul class=\"cards\" id=\"cards\">\n", "\n</ul>"));
    String content =
        """
        <h1>Your cards</h1>
        <p class="lead">Card numbers stay in the encrypted wallet; pages show the last four
        digits only.</p>
        %s
        <form class="panel" method="post" action="/cards" autocomplete="off">
          <h2>Add a card</h2>
          %s
          %s
          %s
          %s
          <button class="primary" type="submit" id="add-card">Add card</button>
        </form>
        """
            .formatted(
                tiles,
                csrf,
                Html.field(
                    "number",
                    "Card number",
                    "text",
                    "inputmode=\"numeric\" autocomplete=\"cc-number\" required",
                    "",
                    "",
                    errors),
                Html.field(
                    "expiry",
                    "Expiry (MM/YY)",
                    "text",
                    "autocomplete=\"cc-exp\" placeholder=\"MM/YY\" required",
                    typed.getOrDefault("expiry", ""),
                    "",
                    errors),
                Html.field(
                    "holderName",
                    "Name on card",
                    "text",
                    "autocomplete=\"cc-name\" required",
                    typed.getOrDefault("holderName", ""),
                    "",
                    errors));
    return Response.html(
        status, Layout.page("Your cards", r.session(), true, Layout.Nav.CARDS, content));
  }

  private static String tile(CardView c, String csrf) {
    return """
    <li class="tile" id="card-%1$s">
      <h2 class="last-four">•••• %2$s</h2>
      <p class="meta">%3$s · expires %4$s</p>
      <form method="post" action="/cards/%1$s/remove">%5$s
          <button class="secondary" type="submit">Remove</button></form>
    </li>\
    """
        .formatted(
            c.id(),
            Html.escape(c.lastFour()),
            Html.escape(c.holderName()),
            Html.escape(c.expiry()),
            csrf);
  }
}
