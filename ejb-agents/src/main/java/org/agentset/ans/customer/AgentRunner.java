package org.agentset.ans.customer;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.ans.merchant.MerchantAgent;
import org.agentset.ans.merchant.MerchantApi;
import org.agentset.ans.negotiation.Deal;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.Money;
import org.agentset.db.ans.AgentRecord;
import org.agentset.db.ans.AgentRecord.State;
import org.agentset.db.ans.OfferRecord;

/**
 * Drives customer agents through their life, outside any long transaction (each durable step
 * commits on its own): negotiation with the merchant agents; step I (the merchant agent has its
 * merchant server open the order; the customer agent queues the payment start for the wallet); step
 * III (the merchant server's completion event reaches the customer agent, which tells the customer,
 * or — declined — moves to the next acceptable agreement).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgentRunner {

  private static final Logger LOG = Logger.getLogger(AgentRunner.class.getName());

  @EJB private AnsRuntime runtime;
  @EJB private AgentStore store;
  @EJB private Agents agents;
  @EJB private PaymentStartQueue payments;

  @jakarta.annotation.Resource private jakarta.ejb.SessionContext context;

  private AgentRunner self;

  @jakarta.annotation.PostConstruct
  void init() {
    self = context.getBusinessObject(AgentRunner.class);
  }

  /** Negotiates for a new (or resumed) agent, then starts step I for every selection. */
  @Asynchronous
  public void negotiate(UUID id) {
    if (!agents.claim(id)) {
      return;
    }
    try {
      negotiateNow(id);
    } catch (RuntimeException e) {
      Optional<State> now = store.agent(id).map(AgentRecord::getState);
      if (now.isPresent() && !AgentStore.LIVE.contains(now.get())) {
        // revoked (or expired) while negotiating: its bean is gone, and so is the negotiation
        LOG.info("agent " + id + " ended " + now.get() + " while negotiating; negotiation stopped");
        return;
      }
      LOG.log(Level.WARNING, "agent " + id + " failed", e);
      store.transition(
          id,
          AgentStore.LIVE,
          State.FAILED,
          "The agent failed: " + message(e),
          runtime.clock().instant());
      agents.forget(id);
    } finally {
      agents.release(id);
    }
  }

  private void negotiateNow(UUID id) {
    Instant now = runtime.clock().instant();
    AgentRecord a = store.agent(id).orElseThrow();
    if (a.getState() == State.CREATED) {
      store.transition(
          id,
          Set.of(State.CREATED),
          State.NEGOTIATING,
          "Calling for proposals from the merchants the mandate allows.",
          now);
    } else if (a.getState() != State.NEGOTIATING) {
      return;
    }
    MandateTerms terms = store.terms(id);
    CustomerAgent agent = agents.fresh(id);
    agent.open(terms, a.getSeed(), runtime.settings().rounds());
    List<MerchantAgent> merchants = new ArrayList<>();
    try {
      List<MerchantAgentParty> parties = new ArrayList<>();
      for (String code : runtime.settings().merchants()) {
        MerchantAgent m = agents.merchant(code);
        merchants.add(m);
        parties.add(new MerchantAgentParty(code, m));
      }
      agent.negotiate(parties);
    } finally {
      merchants.forEach(AgentRunner::end);
    }
    now = runtime.clock().instant();
    store.transcript(id, agent.transcript(), now);
    store.agreements(id, agent.negotiation());
    boolean any = false;
    for (int item = 0; item < terms.items().size(); item++) {
      Optional<Deal> d = agent.selection(item);
      if (d.isPresent()) {
        any = true;
        order(id, item, d.get());
      }
    }
    if (!any) {
      store.transition(
          id,
          Set.of(State.NEGOTIATING),
          State.FAILED,
          "No merchant agreed to terms within the mandate. " + agent.explanation(0),
          runtime.clock().instant());
      agents.forget(id);
    }
  }

  /** Step I for a selected agreement. */
  void order(UUID id, int item, Deal deal) {
    AgentRecord a = store.agent(id).orElseThrow();
    if (!AgentStore.LIVE.contains(a.getState())
        || !runtime.clock().instant().isBefore(a.getNotAfter())) {
      return; // ended, or past the mandate's deadline (the sweeper ends it)
    }
    int rank =
        store.offers(id).stream()
            .filter(
                o ->
                    o.getItem() == item
                        && o.getMerchant().equals(deal.offer().merchant())
                        && o.getSku().equals(deal.offer().sku())
                        && o.getUnitPriceMinor() == deal.offer().unitPriceMinor())
            .mapToInt(OfferRecord::getRank)
            .findFirst()
            .orElseThrow();
    OfferRecord offer = store.offer(id, item, rank);
    String token = HexFormat.of().formatHex(random16());
    String ref = "ans." + id + "." + item + "." + rank;
    MerchantAgent m = agents.merchant(deal.offer().merchant());
    MerchantApi.CreatedOrder order;
    try {
      order =
          m.createOrder(
              deal.offer(),
              runtime.settings().ansUrl() + "/api/merchant-events/" + token,
              ref,
              ref + "." + token.substring(0, 8));
    } catch (RuntimeException e) {
      end(m);
      declined(
          id,
          item,
          offer.getId(),
          null,
          deal.offer().merchant() + " did not open the order: " + message(e));
      return;
    }
    end(m);
    store.ordered(offer.getId(), order.orderId(), order.lidM(), token);
    store.transition(
        id,
        Set.of(State.NEGOTIATING, State.AWAITING_PAYMENT),
        State.AWAITING_PAYMENT,
        "Ordered "
            + deal.offer().describe()
            + " from "
            + deal.offer().merchant()
            + " (order "
            + order.lidM()
            + ", "
            + Money.format(order.amountMinor(), order.currency())
            + "); waiting for the wallet to pay.",
        runtime.clock().instant());
    payments.queue(id, offer.getId(), order);
  }

  /**
   * Step III: the merchant server's completion event for the order behind {@code callbackToken},
   * passed on by the merchant agent. Repeats are harmless.
   */
  public void completed(String callbackToken, String outcome, String xid, String reason) {
    OfferRecord o =
        store
            .offerByCallback(callbackToken)
            .orElseThrow(
                () ->
                    new org.agentset.ans.trust.AgentProblem(
                        "not-found", 404, "No order of this agent server has that callback."));
    if (!"ORDERED".equals(o.getStatus())) {
      return;
    }
    UUID id = o.getAgentId();
    Instant now = runtime.clock().instant();
    switch (outcome) {
      case "AUTHORISED", "CAPTURED" -> {
        if (!store.outcome(o.getId(), "PAID", xid, null)) {
          return;
        }
        store.notify(
            id,
            "payment",
            "Payment completed: "
                + o.getQuantity()
                + " × "
                + o.getItemName()
                + " from "
                + o.getMerchant()
                + " for "
                + Money.format(o.getUnitPriceMinor() * o.getQuantity(), o.getCurrency())
                + " (order "
                + o.getLidM()
                + (xid == null ? "" : ", XID " + xid)
                + ").",
            now);
        boolean allPaid =
            store.offers(id).stream()
                .filter(x -> "ORDERED".equals(x.getStatus()) || "SELECTED".equals(x.getStatus()))
                .findAny()
                .isEmpty();
        if (allPaid) {
          store.transition(
              id,
              Set.of(State.AWAITING_PAYMENT),
              State.PAID,
              "Paid "
                  + o.getMerchant()
                  + " for "
                  + o.getQuantity()
                  + " × "
                  + o.getItemName()
                  + (xid == null ? "" : " (XID " + xid + ")")
                  + ".",
              now);
          agents.forget(id);
        }
      }
      case "FAILED" -> {
        if (reason != null && reason.startsWith("expired")) {
          lapsed(id, o, reason);
        } else {
          declined(
              id,
              o.getItem(),
              o.getId(),
              xid,
              o.getMerchant()
                  + " reports the payment failed: "
                  + (reason == null ? "no reason given" : reason));
        }
      }
      case "DECLINED" ->
          declined(
              id,
              o.getItem(),
              o.getId(),
              xid,
              o.getMerchant()
                  + " reports the payment "
                  + outcome.toLowerCase(java.util.Locale.ROOT)
                  + (reason == null ? "" : ": " + reason));
      default ->
          throw new org.agentset.ans.trust.AgentProblem(
              "bad-event", 400, "Unknown outcome " + outcome + ".");
    }
  }

  /**
   * The merchant's order lapsed unpaid (the wallet did not pay in the order's time, e.g. offline):
   * that is no decline of the terms, so while the mandate lasts the agent orders the same terms
   * again and sends a new payment start (the old one is void); at the deadline the sweeper ends it.
   */
  private void lapsed(UUID id, OfferRecord o, String reason) {
    Instant now = runtime.clock().instant();
    if (!store.lapse(o.getId(), reason)) {
      return;
    }
    store.voidPaymentStarts(o.getId(), now);
    store.notify(
        id,
        "notice",
        "Order "
            + o.getLidM()
            + " at "
            + o.getMerchant()
            + " lapsed unpaid ("
            + reason
            + "); ordering the same terms again while the mandate lasts.",
        now);
    self.reorder(id, o.getItem());
  }

  /** Orders the selected agreement of a line again (after its order lapsed). */
  @Asynchronous
  public void reorder(UUID id, int item) {
    try {
      AgentRecord a = store.agent(id).orElseThrow();
      if (a.getState() != State.AWAITING_PAYMENT) {
        return;
      }
      agents.get(id).selection(item).ifPresent(d -> order(id, item, d));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "agent " + id + " could not order again", e);
    }
  }

  private void declined(UUID id, int item, long offerId, String xid, String reason) {
    Instant now = runtime.clock().instant();
    if (!store.outcome(offerId, "DECLINED", xid, reason)) {
      return;
    }
    store.notify(id, "payment", reason, now);
    self.nextAfterDecline(id, item, reason);
  }

  /**
   * After a decline, asynchronously (the merchant server's event is answered at once): the customer
   * agent takes its next acceptable agreement and orders it, or ends DECLINED.
   */
  @Asynchronous
  public void nextAfterDecline(UUID id, int item, String reason) {
    try {
      nextNow(id, item, reason);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "agent " + id + " failed after a decline", e);
      store.transition(
          id,
          AgentStore.LIVE,
          State.FAILED,
          "The agent failed after a decline: " + message(e),
          runtime.clock().instant());
      agents.forget(id);
    }
  }

  private void nextNow(UUID id, int item, String reason) {
    AgentRecord a = store.agent(id).orElseThrow();
    if (!AgentStore.LIVE.contains(a.getState())) {
      return;
    }
    CustomerAgent agent = agents.get(id);
    Optional<Deal> next = agent.decline(item, reason);
    store.transcript(id, agent.transcript(), runtime.clock().instant());
    if (next.isPresent()) {
      int rank = agent.negotiation().agreements(item).indexOf(next.get());
      store.reselect(id, item, rank, agent.explanation(item));
      order(id, item, next.get());
    } else {
      store.transition(
          id,
          AgentStore.LIVE,
          State.DECLINED,
          reason + ". No other agreement within the mandate is left.",
          runtime.clock().instant());
      agents.forget(id);
    }
  }

  private byte[] random16() {
    byte[] b = new byte[16];
    runtime.random().nextBytes(b);
    return b;
  }

  private static void end(MerchantAgent m) {
    try {
      m.end();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t.getMessage() == null || t instanceof jakarta.ejb.EJBException)) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
