package org.agentset.wallet.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.agentset.wallet.app.CardService;
import org.agentset.wallet.app.CardView;
import org.agentset.wallet.app.CheckoutService;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.NotReadyException;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.Purchase;

/**
 * {@code /purchases}: the receipts; {@code /pay?initiation=…}: a storefront's order as the merchant
 * signed it — merchant, description, amount, lines — with the card to pay with and the button that
 * pays it ({@code POST /pay/{id}}).
 */
final class PurchasesPage {

  private final CheckoutService checkout;
  private final CardService cards;

  PurchasesPage(CheckoutService checkout, CardService cards) {
    this.checkout = checkout;
    this.cards = cards;
  }

  void register(Router router) {
    router.get("/purchases", this::list).get("/pay", this::show).post("/pay/{id}", this::pay);
  }

  private Response show(Request r) throws Exception {
    CheckoutService.Order order;
    try {
      order = checkout.present(r.ticket(), r.query("initiation"));
    } catch (InvalidInputException e) {
      return message(r, 400, "This order cannot be paid", e.errors().get(0).message());
    } catch (PeerException e) {
      return message(r, 502, "The order could not be checked", e.getMessage());
    }
    var i = order.initiation();
    List<CardView> enrolled = cards.list(r.ticket()).stream().filter(CardView::enrolled).toList();
    String lines =
        i.getLines().stream()
            .map(
                l ->
                    "<tr><td>"
                        + Html.escape(l.getName())
                        + "</td><td>"
                        + l.getQuantity()
                        + "</td><td>"
                        + l.getUnitPrice().toBigDecimal().toPlainString()
                        + "</td></tr>")
            .collect(Collectors.joining());
    String choose =
        enrolled.isEmpty()
            ? "<p class=\"error\" id=\"no-enrolled-card\">No card is enrolled with the CA yet:"
                  + " enrol a card first.</p>"
            : """
            <form method="post" action="/pay/%s">%s
              <label for="cardId">Pay with</label>
              <select id="cardId" name="cardId">%s</select>
              <button class="primary" type="submit" id="pay">Sign and pay %s</button>
            </form>\
            """
                .formatted(
                    Html.escape(order.id()),
                    Html.csrf(r.session().csrfToken()),
                    enrolled.stream()
                        .map(
                            c ->
                                "<option value=\""
                                    + Html.escape(c.id())
                                    + "\">•••• "
                                    + Html.escape(c.lastFour())
                                    + "</option>")
                        .collect(Collectors.joining()),
                    Html.escape(i.getAmount().toBigDecimal().toPlainString() + " EUR"));
    String content =
        """
        <h1>Pay %s</h1>
        <div class="order" id="order">
          <p class="meta">Signed by the merchant · order %s · offer ends %s</p>
          <p class="amount" id="amount">%s EUR</p>
          <pre id="order-description">%s</pre>
          <table class="list"><tr><th>Item</th><th>Quantity</th><th>Unit price</th></tr>%s</table>
          %s
        </div>
        """
            .formatted(
                Html.escape(i.getMerchantCode()),
                Html.escape(
                    new String(i.getLocalIdM(), java.nio.charset.StandardCharsets.US_ASCII)),
                i.getExpires(),
                Html.escape(i.getAmount().toBigDecimal().toPlainString()),
                Html.escape(i.getOrderDescription()),
                lines,
                choose);
    return Response.html(200, Layout.page("Pay", r.session(), true, Layout.Nav.PURCHASES, content));
  }

  private Response pay(Request r) throws Exception {
    try {
      Purchase p = checkout.pay(r.ticket(), r.pathParam("id"), r.form().get("cardId"));
      r.session().flash(p.merchantCode() + ": " + p.detail());
      return Response.redirect("/purchases");
    } catch (InvalidInputException e) {
      return message(r, 400, "This order cannot be paid", e.errors().get(0).message());
    } catch (NotReadyException e) {
      return message(r, 409, "Not possible yet", e.getMessage());
    }
  }

  private Response list(Request r) throws Exception {
    List<Purchase> purchases = checkout.purchases(r.ticket());
    String rows =
        purchases.stream()
            .map(
                p ->
                    """
                    <tr id="purchase-%s"><td>%s</td><td>%s</td><td>%s</td><td>%s</td>\
                    <td><span class="badge %s">%s</span> %s</td><td>%s</td></tr>\
                    """
                        .formatted(
                            Html.escape(p.id()),
                            p.at(),
                            Html.escape(p.merchantCode()),
                            Html.escape(p.description()),
                            java.math.BigDecimal.valueOf(p.amountMinor(), -p.amtExp10())
                                    .toPlainString()
                                + " EUR",
                            p.outcome() == Purchase.Outcome.AUTHORISED
                                ? "ok"
                                : p.outcome() == Purchase.Outcome.PENDING ? "wait" : "bad",
                            p.outcome().name().toLowerCase(java.util.Locale.ROOT),
                            Html.escape(p.detail()),
                            p.agentId().map(a -> "agent " + Html.escape(a)).orElse("you")))
            .collect(Collectors.joining("\n"));
    String content =
        """
        <h1>Purchases</h1>
        <p class="lead">Every SET purchase paid from this wallet, with the outcome the gateway
        signed.</p>
        %s
        """
            .formatted(
                purchases.isEmpty()
                    ? "<p class=\"lead\" id=\"no-purchases\">No purchases yet.</p>"
                    : "<table class=\"list\" id=\"purchases\"><tr><th>When</th><th>Merchant</th>"
                        + "<th>Order</th><th>Amount</th><th>Outcome</th><th>By</th></tr>"
                        + rows
                        + "</table>");
    return Response.html(
        200, Layout.page("Purchases", r.session(), true, Layout.Nav.PURCHASES, content));
  }

  private static Response message(Request r, int status, String title, String text) {
    String content =
        "<h1>"
            + Html.escape(title)
            + "</h1><p class=\"lead\" id=\"problem\">"
            + Html.escape(text)
            + "</p><p><a href=\"/purchases\">Your purchases</a></p>";
    return Response.html(
        status, Layout.page(title, r.session(), true, Layout.Nav.PURCHASES, content));
  }
}
