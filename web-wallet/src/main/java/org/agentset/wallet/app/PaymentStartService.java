package org.agentset.wallet.app;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.wallet.agents.Accepted;
import org.agentset.wallet.agents.CommKeys;
import org.agentset.wallet.agents.PaymentStartCheck;
import org.agentset.wallet.agents.Refusal;
import org.agentset.wallet.agents.TrustMaterial;
import org.agentset.wallet.infra.PeerException;
import org.agentset.wallet.model.AgentPayment;
import org.agentset.wallet.model.AgentRecord;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.model.SeenNonce;
import org.agentset.wallet.model.WalletContents;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Payment starts from the wallet's agents (issue 8, "The SET Agent Interface"): each is checked
 * ({@link PaymentStartCheck}); a refusal is recorded in the history, shown, and reported to the
 * agent server with its reason; an accepted one is recorded together with its nonce (so a replay is
 * refused even after a restart) and counts against the budget at once; in autonomous mode it is
 * paid straight away, in confirm mode it waits for the customer's password until the confirmation
 * time runs out, and is then declined.
 */
public final class PaymentStartService {

  private static final System.Logger LOG = System.getLogger(PaymentStartService.class.getName());

  /** The outcome of handing in a payment start, an approval or a decline. */
  public record Decision(
      String status,
      Optional<String> paymentId,
      Optional<Refusal> refusal,
      Optional<Purchase> purchase) {

    static Decision refused(Refusal r) {
      return new Decision("refused", Optional.empty(), Optional.of(r), Optional.empty());
    }
  }

  /** A payment waiting for the customer's confirmation. */
  public record Pending(
      String paymentId,
      String agentId,
      String merchantCode,
      String description,
      long amountMinor,
      int currency,
      Instant expiresAt) {}

  private record Waiting(Pending view, Accepted accepted, Ticket ticket, String reference) {}

  private final WalletStore store;
  private final AgentService agents;
  private final TrustMaterial trust;
  private final Refresher refresher;
  private final Payer payer;
  private final AgentNotifier notifier;
  private final Clock clock;
  private final SecureRandom random;
  private final Provider provider;
  private final Duration confirmTimeout;
  private final Map<String, Waiting> waiting = new LinkedHashMap<>();

  /** Fetches the trust material anew when it is stale. */
  @FunctionalInterface
  public interface Refresher {
    void refresh() throws PeerException;
  }

  public PaymentStartService(
      WalletStore store,
      AgentService agents,
      TrustMaterial trust,
      Refresher refresher,
      Payer payer,
      AgentNotifier notifier,
      Clock clock,
      SecureRandom random,
      Provider provider,
      Duration confirmTimeout) {
    this.store = store;
    this.agents = agents;
    this.trust = trust;
    this.refresher = refresher;
    this.payer = payer;
    this.notifier = notifier;
    this.clock = clock;
    this.random = random;
    this.provider = provider;
    this.confirmTimeout = confirmTimeout;
  }

  /**
   * Checks and acts on a payment start.
   *
   * @param reference the agent server's id of it, for the report back (null if handed in locally)
   */
  public Decision receive(Ticket ticket, byte[] envelope, String reference) throws WalletException {
    expire();
    WalletContents contents = store.contents(ticket);
    CommKeys keys = agents.keys(contents);
    try {
      refresher.refresh();
    } catch (PeerException e) {
      return refuse(
          ticket,
          reference,
          Refusal.of(
              Refusal.Reason.AGENT_CERTIFICATE,
              "The wallet could not fetch the CA's certificates and revocation lists to check the"
                  + " agent: "
                  + e.getMessage()));
    }
    PaymentStartCheck check =
        new PaymentStartCheck(keys, trust, clock, PaymentStartCheck.DEFAULT_WINDOW, provider);
    Accepted accepted;
    try {
      accepted = check.check(envelope, contents);
    } catch (Refusal.RefusedException e) {
      return refuse(ticket, reference, e.refusal());
    }
    if (contents.cards().stream().noneMatch(org.agentset.wallet.model.Card::canPay)) {
      return refuse(
          ticket,
          reference,
          Refusal.of(
              Refusal.Reason.WALLET_NOT_READY,
              "The wallet has no enrolled card to pay with: enrol a card with the CA first."));
    }
    String id = newId();
    SetInitiation i = accepted.initiation();
    AgentPayment payment =
        new AgentPayment(
            id,
            accepted.slot(),
            i.getMerchantCode(),
            accepted.amountMinor(),
            clock.instant(),
            accepted.needsConfirmation()
                ? AgentPayment.State.AWAITING_CONFIRMATION
                : AgentPayment.State.PAYING,
            "");
    Instant now = clock.instant();
    try {
      store.update(
          ticket,
          c -> {
            if (c.hasSeen(accepted.nonce())) {
              throw new IllegalStateException("replayed");
            }
            AgentRecord agent = c.agent(accepted.agentId()).orElseThrow();
            return c.withSeenNonce(
                    new SeenNonce(
                        Bytes.of(accepted.nonce()), check.keepNonceUntil(accepted.signingTime())),
                    now)
                .withAgentReplaced(agent.withPayment(payment))
                .withHistory(
                    history(
                        "Payment start from agent "
                            + accepted.agentId()
                            + " accepted: "
                            + i.getMerchantCode()
                            + ", "
                            + money(accepted.amountMinor(), i.getAmount().getCurrency())
                            + (accepted.needsConfirmation()
                                ? " — waiting for your confirmation"
                                : "")));
          });
    } catch (IllegalStateException e) {
      return refuse(ticket, reference, Refusal.of(Refusal.Reason.REPLAYED));
    }
    report(reference, "RECEIVED", "");
    LOG.log(
        System.Logger.Level.INFO,
        "Payment start {0} of agent {1} accepted",
        id,
        accepted.agentId());
    if (accepted.needsConfirmation()) {
      Pending view =
          new Pending(
              id,
              accepted.agentId(),
              i.getMerchantCode(),
              i.getOrderDescription(),
              accepted.amountMinor(),
              i.getAmount().getCurrency(),
              now.plus(confirmTimeout));
      synchronized (waiting) {
        waiting.put(id, new Waiting(view, accepted, ticket, reference));
      }
      return new Decision(
          "awaiting-confirmation", Optional.of(id), Optional.empty(), Optional.empty());
    }
    return pay(ticket, id, accepted, reference);
  }

  /** The payments waiting for the customer, oldest first. */
  public List<Pending> pending() {
    expire();
    synchronized (waiting) {
      return waiting.values().stream().map(Waiting::view).toList();
    }
  }

  /**
   * The customer confirms with the wallet password: the payment is paid.
   *
   * @throws InvalidInputException if there is no such waiting payment (declined, timed out)
   * @throws WalletException {@code WRONG_PASSWORD} if the password is wrong (the payment keeps
   *     waiting)
   */
  public Decision approve(Ticket ticket, String paymentId, String password, WalletAccess access)
      throws WalletException {
    expire();
    Waiting w = take(paymentId, false);
    access.unlock(password);
    w = take(paymentId, true);
    return pay(ticket, paymentId, w.accepted(), w.reference());
  }

  /** The customer declines: the payment is declined and the agent told. */
  public Decision decline(Ticket ticket, String paymentId) throws WalletException {
    expire();
    Waiting w = take(paymentId, true);
    Refusal r = Refusal.of(Refusal.Reason.DECLINED_BY_CUSTOMER);
    finish(ticket, w.accepted(), paymentId, AgentPayment.State.DECLINED, r.detail());
    report(w.reference(), "REFUSED", r.reason().code() + ": " + r.detail());
    return new Decision("declined", Optional.of(paymentId), Optional.of(r), Optional.empty());
  }

  /** Declines every payment whose confirmation time has run out. */
  public void expire() {
    Instant now = clock.instant();
    List<Map.Entry<String, Waiting>> due = new ArrayList<>();
    synchronized (waiting) {
      for (var e : waiting.entrySet()) {
        if (!now.isBefore(e.getValue().view().expiresAt())) {
          due.add(e);
        }
      }
      due.forEach(e -> waiting.remove(e.getKey()));
    }
    for (var e : due) {
      Waiting w = e.getValue();
      Refusal r = Refusal.of(Refusal.Reason.CONFIRMATION_TIMEOUT);
      try {
        finish(w.ticket(), w.accepted(), e.getKey(), AgentPayment.State.DECLINED, r.detail());
      } catch (WalletException ex) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Timed-out payment {0} not recorded: {1}",
            e.getKey(),
            ex.getMessage());
      }
      report(w.reference(), "REFUSED", r.reason().code() + ": " + r.detail());
    }
  }

  private Waiting take(String paymentId, boolean remove) {
    synchronized (waiting) {
      Waiting w = remove ? waiting.remove(paymentId) : waiting.get(paymentId);
      if (w == null) {
        throw new InvalidInputException(
            "payment", "No payment " + paymentId + " is waiting for you (declined or timed out?).");
      }
      return w;
    }
  }

  private Decision pay(Ticket ticket, String id, Accepted accepted, String reference)
      throws WalletException {
    if (accepted.needsConfirmation()) {
      store.update(
          ticket,
          c -> {
            AgentRecord a = c.agent(accepted.agentId()).orElseThrow();
            AgentPayment p =
                a.payments().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            return c.withAgentReplaced(a.withPayment(p.in(AgentPayment.State.PAYING, "")));
          });
    }
    Purchase purchase;
    try {
      purchase = payer.pay(ticket, id, accepted);
    } catch (Exception e) {
      purchase = failed(id, accepted, "The payment failed: " + e.getMessage());
    }
    AgentPayment.State state =
        switch (purchase.outcome()) {
          case AUTHORISED -> AgentPayment.State.PAID;
          case DECLINED -> AgentPayment.State.DECLINED;
          case PENDING, IN_PROGRESS -> AgentPayment.State.PAYING;
          case FAILED -> AgentPayment.State.FAILED;
        };
    Purchase recorded = purchase;
    store.update(ticket, c -> c.withPurchase(recorded));
    finish(ticket, accepted, id, state, purchase.detail());
    String outcome =
        switch (state) {
          case PAID -> "PAID";
          case DECLINED -> "DECLINED";
          case FAILED -> "FAILED";
          default -> "RECEIVED";
        };
    report(reference, outcome, purchase.detail());
    return new Decision(
        state.name().toLowerCase(java.util.Locale.ROOT),
        Optional.of(id),
        Optional.empty(),
        Optional.of(purchase));
  }

  private void finish(
      Ticket ticket, Accepted accepted, String id, AgentPayment.State state, String detail)
      throws WalletException {
    store.update(
        ticket,
        c -> {
          AgentRecord a = c.agent(accepted.agentId()).orElseThrow();
          AgentPayment p =
              a.payments().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
          AgentRecord next = a.withPayment(p.in(state, detail));
          if (state == AgentPayment.State.PAID) {
            next = next.withSlotKeyDestroyed(accepted.slot());
          }
          return c.withAgentReplaced(next)
              .withHistory(
                  history(
                      "Payment "
                          + id
                          + " of agent "
                          + accepted.agentId()
                          + ": "
                          + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                          + (detail.isEmpty() ? "" : " — " + detail)));
        });
  }

  private Decision refuse(Ticket ticket, String reference, Refusal refusal) throws WalletException {
    LOG.log(System.Logger.Level.INFO, "Payment start refused: {0}", refusal.reason().code());
    store.update(
        ticket,
        c ->
            c.withHistory(
                history(
                    "Payment start refused ("
                        + refusal.reason().code()
                        + "): "
                        + refusal.detail())));
    report(reference, "REFUSED", refusal.reason().code() + ": " + refusal.detail());
    return Decision.refused(refusal);
  }

  private void report(String reference, String outcome, String reason) {
    if (reference == null) {
      return;
    }
    try {
      notifier.report(reference, outcome, reason);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not report {0} to the agent server: {1}",
          outcome,
          e.toString());
    }
  }

  private Purchase failed(String id, Accepted a, String why) {
    SetInitiation i = a.initiation();
    return new Purchase(
        id,
        clock.instant(),
        i.getMerchantCode(),
        i.getOrderDescription(),
        a.amountMinor(),
        i.getAmount().getCurrency(),
        i.getAmount().getAmtExp10(),
        new String(i.getLocalIdM(), java.nio.charset.StandardCharsets.US_ASCII),
        Optional.empty(),
        Purchase.Outcome.FAILED,
        why,
        "",
        Optional.of(a.agentId()),
        Optional.empty());
  }

  private HistoryEntry history(String text) {
    return new HistoryEntry(clock.instant(), HistoryEntry.Kind.AGENT, text);
  }

  static String money(long minor, int currency) {
    return java.math.BigDecimal.valueOf(minor, 2).toPlainString()
        + (currency == 978 ? " EUR" : " (" + currency + ")");
  }

  private String newId() {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
