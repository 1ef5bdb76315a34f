package org.agentset.wallet.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.PaymentStartService;
import org.agentset.wallet.app.WalletAccess;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.store.WalletException;

/**
 * {@code /approvals}: payments that agents in confirm mode asked for, each with the merchant, the
 * order as the merchant signed it and the amount; the customer approves with the wallet password or
 * declines. Unanswered ones are declined when their time runs out.
 */
final class ApprovalsPage {

  private final PaymentStartService starts;
  private final WalletAccess access;

  ApprovalsPage(PaymentStartService starts, WalletAccess access) {
    this.starts = starts;
    this.access = access;
  }

  void register(Router router) {
    router
        .get("/approvals", r -> page(r, 200, null))
        .post("/approvals/{id}/approve", this::approve)
        .post("/approvals/{id}/decline", this::decline);
  }

  private Response approve(Request r) throws Exception {
    try {
      PaymentStartService.Decision d =
          starts.approve(r.ticket(), r.pathParam("id"), r.form().get("password"), access);
      r.session()
          .flash("Payment " + d.status() + (d.purchase().map(p -> ": " + p.detail()).orElse(".")));
      return Response.redirect("/approvals");
    } catch (WalletException e) {
      if (e.reason() == WalletException.Reason.WRONG_PASSWORD) {
        return page(r, 403, "Wrong password: the payment is still waiting.");
      }
      throw e;
    } catch (InvalidInputException e) {
      return page(r, 400, e.errors().get(0).message());
    }
  }

  private Response decline(Request r) throws Exception {
    try {
      starts.decline(r.ticket(), r.pathParam("id"));
      r.session().flash("Payment declined; the agent was told.");
      return Response.redirect("/approvals");
    } catch (InvalidInputException e) {
      return page(r, 400, e.errors().get(0).message());
    }
  }

  private Response page(Request r, int status, String problem) throws Exception {
    r.ticket();
    List<PaymentStartService.Pending> pending = starts.pending();
    String csrf = Html.csrf(r.session().csrfToken());
    String list =
        pending.isEmpty()
            ? "<p class=\"lead\" id=\"no-approvals\">Nothing is waiting for you.</p>"
            : pending.stream()
                .map(
                    p ->
                        """
                        <div class="order" id="approval-%1$s">
                          <p class="meta">Agent %2$s asks to pay %3$s · answer before %7$s</p>
                          <p class="amount">%4$s</p>
                          <pre>%5$s</pre>
                          <form method="post" action="/approvals/%1$s/approve">%6$s
                            <label for="password-%1$s">Wallet password</label>
                            <input id="password-%1$s" name="password" type="password" required
                              autocomplete="current-password">
                            <button class="primary" type="submit">Approve and pay</button>
                          </form>
                          <form method="post" action="/approvals/%1$s/decline">%6$s
                            <button class="secondary" type="submit">Decline</button></form>
                        </div>\
                        """
                            .formatted(
                                Html.escape(p.paymentId()),
                                Html.escape(p.agentId()),
                                Html.escape(p.merchantCode()),
                                AgentsPage.euros(p.amountMinor()),
                                Html.escape(p.description()),
                                csrf,
                                p.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .collect(Collectors.joining("\n"));
    String content =
        """
        <h1>Approvals</h1>
        <p class="lead">Agents in confirm mode wait here for you. What you see is what the merchant
        signed and what your card will sign.</p>
        %s
        %s
        """
            .formatted(
                problem == null
                    ? ""
                    : "<p class=\"error\" id=\"problem\">" + Html.escape(problem) + "</p>",
                list);
    return Response.html(
        status, Layout.page("Approvals", r.session(), true, Layout.Nav.APPROVALS, content));
  }
}
