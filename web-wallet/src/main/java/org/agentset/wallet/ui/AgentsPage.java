package org.agentset.wallet.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateItem;
import org.agentset.wallet.app.AgentService;
import org.agentset.wallet.app.FieldError;
import org.agentset.wallet.app.InvalidInputException;
import org.agentset.wallet.app.MandateForm;
import org.agentset.wallet.http.Request;
import org.agentset.wallet.http.Response;
import org.agentset.wallet.http.Router;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletStore;

/**
 * {@code /agents}: the customer's agents (mandate, budget spent, payments, state) with a button to
 * revoke each, the mandate form that creates a new one, and the latest agent events, refusals
 * included with their reasons.
 */
final class AgentsPage {

  private final AgentService agents;
  private final WalletStore store;
  private final Clock clock;
  private final org.agentset.wallet.app.SaiService sai;

  AgentsPage(
      AgentService agents, WalletStore store, Clock clock, org.agentset.wallet.app.SaiService sai) {
    this.agents = agents;
    this.store = store;
    this.clock = clock;
    this.sai = sai;
  }

  void register(Router router) {
    router
        .get("/agents", r -> page(r, 200, Map.of(), List.of(), null))
        .post("/agents", this::create)
        .post("/agents/{id}/revoke", this::revoke);
  }

  private Response create(Request r) throws Exception {
    Map<String, String> f = r.form();
    try {
      var draft =
          MandateForm.parse(
              f.get("query"),
              f.get("category"),
              f.get("quantity"),
              f.get("maxUnitPrice"),
              f.get("budget"),
              f.get("merchants"),
              f.get("deadline"),
              f.get("mode"),
              clock);
      AgentRecord a = agents.create(r.ticket(), draft);
      r.session()
          .flash("Agent " + a.agentId() + " created; it can spend only within your mandate.");
      return Response.redirect("/agents");
    } catch (InvalidInputException e) {
      return page(r, 400, f, e.errors(), null);
    } catch (PeerException e) {
      return page(r, 502, f, List.of(), "The agent was not created: " + e.getMessage());
    }
  }

  private Response revoke(Request r) throws Exception {
    AgentService.Revoked revoked = agents.revoke(r.ticket(), r.pathParam("id"));
    r.session()
        .flash(
            "Agent "
                + revoked.agent().agentId()
                + " revoked: its keys are destroyed."
                + revoked
                    .agentServerProblem()
                    .map(p -> " The agent server was not told yet (" + p + ").")
                    .orElse(" The agent server was told."));
    return Response.redirect("/agents");
  }

  private Response page(
      Request r, int status, Map<String, String> typed, List<FieldError> errors, String problem)
      throws Exception {
    Ticket t = r.ticket();
    List<AgentRecord> list = agents.list(t);
    StringBuilder rows = new StringBuilder();
    String csrf = Html.csrf(r.session().csrfToken());
    for (AgentRecord a : list) {
      rows.append(row(a, agents.mandate(t, a), csrf));
    }
    String table =
        list.isEmpty()
            ? "<p class=\"lead\" id=\"no-agents\">No agents yet.</p>"
            : """
            <table class="list" id="agents">
              <tr><th>Agent</th><th>Buys</th><th>Budget</th><th>Deadline</th><th>Mode</th>\
            <th>State</th><th>Payments</th><th></th></tr>
              %s
            </table>\
            """
                .formatted(rows);
    List<HistoryEntry> events =
        store.contents(t).history().stream()
            .filter(h -> h.kind() == HistoryEntry.Kind.AGENT)
            .sorted((x, y) -> y.at().compareTo(x.at()))
            .limit(12)
            .toList();
    String eventList =
        events.isEmpty()
            ? ""
            : events.stream()
                .map(
                    h ->
                        "<li"
                            + (h.text().startsWith("Payment start refused")
                                ? " class=\"refusal\""
                                : "")
                            + "><span class=\"meta\">"
                            + h.at()
                            + "</span> "
                            + Html.escape(h.text())
                            + "</li>")
                .collect(
                    Collectors.joining(
                        "\n",
                        "<h2>Latest agent events</h2>\n<ul id=\"agent-events\">\n",
                        "\n</ul>"));
    String deadline =
        typed.getOrDefault(
            "deadline",
            LocalDateTime.ofInstant(
                    clock.instant().plus(Duration.ofDays(7)), ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
    String content =
        """
        <h1>Your agents</h1>
        <p class="lead">An agent shops for you on the agent server. It holds your signed mandate
        and sealed tokens, never your card or keys: each item's key stays in this wallet, which
        checks every payment the agent asks for against your mandate.</p>
        <p class="meta" id="sai-status">SAI channel: %s</p>
        %s
        %s
        <form class="panel" method="post" action="/agents" autocomplete="off" id="mandate-form">
          <h2>New agent: your mandate</h2>
          %s%s
          %s
          %s
          %s
          %s
          %s
          %s
          %s
          <label for="mode">Mode</label>
          <select id="mode" name="mode">
            <option value="autonomous"%s>Autonomous: the agent's token alone releases payment</option>
            <option value="confirm"%s>Confirm: I confirm each payment with my password</option>
          </select>
          %s
          <button class="primary" type="submit" id="create-agent">Sign mandate and create agent</button>
        </form>
        %s
        """
            .formatted(
                Html.escape(sai.status()),
                problem == null
                    ? ""
                    : "<p class=\"error\" id=\"problem\">" + Html.escape(problem) + "</p>",
                table,
                csrf,
                "",
                Html.field(
                    "query",
                    "What to buy (product words)",
                    "text",
                    "",
                    typed.getOrDefault("query", ""),
                    "e.g. hiking map; leave empty to name only a category",
                    errors),
                Html.field(
                    "category",
                    "Category (optional)",
                    "text",
                    "",
                    typed.getOrDefault("category", ""),
                    "the shop's category, e.g. maps, tea",
                    errors),
                Html.field(
                    "quantity",
                    "Quantity",
                    "number",
                    "min=\"1\" max=\"999\" required",
                    typed.getOrDefault("quantity", "1"),
                    "",
                    errors),
                Html.field(
                    "maxUnitPrice",
                    "Maximum unit price (EUR)",
                    "text",
                    "inputmode=\"decimal\" required",
                    typed.getOrDefault("maxUnitPrice", ""),
                    "",
                    errors),
                Html.field(
                    "budget",
                    "Total budget (EUR)",
                    "text",
                    "inputmode=\"decimal\" required",
                    typed.getOrDefault("budget", ""),
                    "",
                    errors),
                Html.field(
                    "merchants",
                    "Allowed merchants (optional)",
                    "text",
                    "",
                    typed.getOrDefault("merchants", ""),
                    "merchant codes separated by commas; empty allows any",
                    errors),
                Html.field(
                    "deadline", "Deadline", "datetime-local", "required", deadline, "", errors),
                "confirm".equals(typed.get("mode")) ? "" : " selected",
                "confirm".equals(typed.get("mode")) ? " selected" : "",
                errors.stream()
                    .filter(e -> e.field().equals("mode"))
                    .map(e -> "<p class=\"error\">" + Html.escape(e.message()) + "</p>")
                    .collect(Collectors.joining()),
                eventList);
    return Response.html(
        status, Layout.page("Your agents", r.session(), true, Layout.Nav.AGENTS, content));
  }

  private static String row(AgentRecord a, Mandate m, String csrf) {
    var terms = m.getTerms();
    String buys =
        terms.getItems().stream().map(AgentsPage::item).collect(Collectors.joining("<br>"));
    long spent =
        a.payments().stream()
            .filter(p -> p.state().counts())
            .mapToLong(AgentPayment::amountMinor)
            .sum();
    String payments =
        a.payments().isEmpty()
            ? "none"
            : a.payments().stream()
                .map(
                    p ->
                        "<span class=\"badge "
                            + badge(p.state())
                            + "\">"
                            + p.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + "</span> "
                            + Html.escape(p.merchantCode())
                            + " "
                            + euros(p.amountMinor()))
                .collect(Collectors.joining("<br>"));
    boolean active = a.state() == AgentRecord.State.ACTIVE;
    return """
    <tr id="agent-%1$s"><td>%1$s</td><td>%2$s</td><td>%3$s of %4$s spent</td><td>%5$s</td>\
    <td>%6$s</td><td><span class="badge %7$s">%8$s</span></td><td>%9$s</td><td>%10$s</td></tr>
    """
        .formatted(
            Html.escape(a.agentId()),
            buys,
            euros(spent),
            euros(terms.getTotalBudget().getAmount().longValueExact()),
            terms.getNotAfter(),
            terms.getMode().name().toLowerCase(java.util.Locale.ROOT),
            active ? "ok" : "bad",
            active ? "active" : "revoked",
            payments,
            active
                ? "<form class=\"inline\" method=\"post\" action=\"/agents/"
                    + Html.escape(a.agentId())
                    + "/revoke\">"
                    + csrf
                    + "<button class=\"secondary\" type=\"submit\">Revoke</button></form>"
                : "");
  }

  private static String item(MandateItem i) {
    String what =
        i.getQuery() != null && i.getCategory() != null
            ? "\"" + i.getQuery() + "\" in " + i.getCategory()
            : i.getQuery() != null ? "\"" + i.getQuery() + "\"" : i.getCategory();
    return Html.escape(
        i.getQuantity()
            + " × "
            + what
            + ", at most "
            + euros(i.getMaxUnitPrice().getAmount().longValueExact())
            + " each");
  }

  static String badge(AgentPayment.State s) {
    return switch (s) {
      case PAID -> "ok";
      case DECLINED, FAILED -> "bad";
      default -> "wait";
    };
  }

  static String euros(long minor) {
    return java.math.BigDecimal.valueOf(minor, 2).toPlainString() + " EUR";
  }
}
