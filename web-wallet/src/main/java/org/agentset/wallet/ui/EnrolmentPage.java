package org.agentset.wallet.ui;

import java.util.stream.Collectors;
import org.agentset.wallet.app.CardService;
import org.agentset.wallet.app.CardView;
import org.agentset.wallet.app.EnrolmentService;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.store.WalletStore;

/**
 * {@code /enrolment}: each card with whether it holds a cardholder certificate, a button to enrol
 * it (SET cardholder registration, then the wallet's communication certificate), and the report of
 * the last enrolment: each step, done or failed with the CA's reason, and what to do next.
 */
final class EnrolmentPage {

  private final EnrolmentService enrolment;
  private final CardService cards;
  private final WalletStore store;

  EnrolmentPage(EnrolmentService enrolment, CardService cards, WalletStore store) {
    this.enrolment = enrolment;
    this.cards = cards;
    this.store = store;
  }

  void register(Router router) {
    router
        .get("/enrolment", r -> page(r, 200, null))
        .post("/enrolment/{id}", r -> page(r, 200, enrolment.enrol(r.ticket(), r.pathParam("id"))));
  }

  private Response page(Request r, int status, EnrolmentService.Report report) throws Exception {
    String csrf = Html.csrf(r.session().csrfToken());
    String list =
        cards.list(r.ticket()).stream()
            .map(c -> tile(c, csrf))
            .collect(
                Collectors.joining("\n", "<ul class=\"cards\" id=\"enrol-cards\">\n", "\n</ul>"));
    boolean comm = store.contents(r.ticket()).communication().isPresent();
    String result = "";
    if (report != null) {
      result =
          report.steps().stream()
              .map(
                  s ->
                      "<li class=\""
                          + (s.ok() ? "" : "refusal")
                          + "\"><span class=\"badge "
                          + (s.ok() ? "ok" : "bad")
                          + "\">"
                          + (s.ok() ? "done" : "failed")
                          + "</span> "
                          + Html.escape(s.name())
                          + " — "
                          + Html.escape(s.detail())
                          + "</li>")
              .collect(
                  Collectors.joining(
                      "\n",
                      "<div class=\"panel\" id=\"enrolment-report\"><h2>"
                          + (report.ok() ? "Enrolled" : "Enrolment did not finish")
                          + "</h2><ol>",
                      "</ol>"
                          + (report.advice().isEmpty()
                              ? ""
                              : "<p class=\"error\" id=\"advice\">"
                                  + Html.escape(report.advice())
                                  + "</p>")
                          + "</div>"));
    }
    String content =
        """
        <h1>Enrolment</h1>
        <p class="lead">A card pays with SET once the CA has certified it (cardholder registration:
        six SET messages, the card number encrypted to the CA). The wallet then gets its
        communication certificate, which signs your agents' mandates.</p>
        %s
        <p id="communication-status">Communication certificate: <span class="badge %s">%s</span></p>
        %s
        """
            .formatted(result, comm ? "ok" : "wait", comm ? "present" : "not yet", list);
    return Response.html(
        status, Layout.page("Enrolment", r.session(), true, Layout.Nav.ENROLMENT, content));
  }

  private static String tile(CardView c, String csrf) {
    return """
    <li class="tile" id="enrol-%1$s">
      <h2 class="last-four">•••• %2$s</h2>
      <p class="meta">%3$s · <span class="badge %4$s">%5$s</span></p>
      <form method="post" action="/enrolment/%1$s">%6$s
          <button class="primary" type="submit">%7$s</button></form>
    </li>\
    """
        .formatted(
            Html.escape(c.id()),
            Html.escape(c.lastFour()),
            Html.escape(c.holderName()),
            c.enrolled() ? "ok" : "wait",
            c.enrolled() ? "enrolled" : "not enrolled",
            csrf,
            c.enrolled() ? "Enrol again" : "Enrol with the CA");
  }
}
