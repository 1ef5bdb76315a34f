package org.agentset.gateway.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.db.gateway.PaymentTransaction;

/**
 * Finishes what a crash or a lost answer left between the bank and the merchant: every record still
 * VERIFIED from before this deployment started, or for longer than {@code
 * agentset.gateway.recovery-after}, may have been approved by the issuer without the merchant ever
 * hearing of it. Its AuthRes cannot be rebuilt (the payment instruction is not kept), so it is
 * reversed (0400 under a fresh trace, naming the recorded authorisation trace; the issuer also
 * accepts a reversal that overtakes its authorisation) and recorded REVERSED; one whose capture at
 * once (CaptureNow) had been sent and which the issuer therefore refuses to reverse is refunded in
 * full instead (0220, processing code 20, naming the recorded capture trace); an unanswered
 * reversal is left to the adapter, which repeats it (0420) until acknowledged. Runs shortly after
 * start-up and then every ten seconds; also sweeps expired replay entries and the stored CapRes and
 * CredRes answered longer ago than {@link TransactionStore#ANSWERS_KEPT}.
 */
@Singleton
@Startup
@DependsOn("GatewaySchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecoveryService {

  private static final Logger LOG = Logger.getLogger(RecoveryService.class.getName());
  private static final DateTimeFormatter RRN_PREFIX =
      DateTimeFormatter.ofPattern("yDDDHH").withZone(ZoneOffset.UTC);

  @Resource private TimerService timers;
  @EJB private TransactionStore store;
  @EJB private ReplayEntries replay;
  @EJB private GatewayEngine engine;

  @Resource(lookup = BankConnectionFactory.JNDI_NAME)
  private BankConnectionFactory bank;

  private Instant started;
  private volatile boolean running;

  @PostConstruct
  void start() {
    started = Instant.now();
    TimerConfig config = new TimerConfig("gateway-recovery", false);
    timers.createIntervalTimer(15_000, 10_000, config);
  }

  @Timeout
  void tick() {
    if (running) {
      return;
    }
    running = true;
    try {
      recover();
      replay.sweep(Instant.now());
      store.sweepAnswers(Instant.now().minus(TransactionStore.ANSWERS_KEPT));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Gateway recovery round failed; retried next round", e);
    } finally {
      running = false;
    }
  }

  /** Reverses every stranded record; returns how many were settled. */
  public int recover() {
    Instant now = Instant.now();
    Instant cutoff = now.minus(engine.settings().recoveryAfter());
    List<PaymentTransaction> stranded = store.stranded(cutoff.isAfter(started) ? cutoff : started);
    int done = 0;
    RecordPolicy policy =
        new RecordPolicy(
            engine.settings().panKey(),
            engine.settings().terminalId(),
            engine.settings().merchantCategory());
    for (PaymentTransaction t : stranded) {
      try (BankConnection c = bank.getConnection()) {
        int stan = nextStan();
        BankResult r =
            c.reverse(
                new ReversalRequest(
                    CaptureService.authorisation(policy, t), RecordPolicy.trace(stan, now)));
        String reason =
            r.outcome() == Outcome.UNKNOWN
                ? "recovered after an interruption: reversal sent, the adapter repeats it until"
                    + " acknowledged"
                : "recovered after an interruption: reversed (issuer answered "
                    + r.responseCode()
                    + ")";
        if (t.getCaptureStan() != null && r.outcome() != Outcome.UNKNOWN && !r.approved()) {
          // captured at once (CaptureNow) before the interruption: a captured hold cannot be
          // reversed, so the capture is refunded in full
          BankResult refund = c.refund(refundOfCaptureAtOnce(policy, t, nextStan(), now));
          reason =
              "recovered after an interruption: captured at once, refunded (issuer answered "
                  + (refund.outcome() == Outcome.UNKNOWN ? "nothing" : refund.responseCode())
                  + ")";
        }
        String why = reason;
        store.move(t.getId(), "VERIFIED", "REVERSED", why, Instant.now());
        done++;
        LOG.info(() -> "Recovered transaction " + t.getId() + ": " + why);
      } catch (ResourceException e) {
        LOG.warning(() -> "Recovery cannot reach the bank yet: " + e.getMessage());
        break;
      } catch (IllegalStateException | jakarta.ejb.EJBException e) {
        LOG.fine(() -> "Transaction " + t.getId() + " moved on meanwhile");
      }
    }
    return done;
  }

  /** A full refund of the capture made at once under the record's capture trace. */
  static RefundRequest refundOfCaptureAtOnce(
      RecordPolicy policy, PaymentTransaction t, int stan, Instant now) {
    Trace captureTrace = new Trace(t.getCaptureStan(), t.getCaptureTransmitted());
    Amount amount =
        new Amount(t.getAuthorisedMinor(), RecordPolicy.currency(t.getCurrencyNumeric()));
    TransactionReference capture =
        new TransactionReference(
            TransactionReference.Kind.CAPTURE,
            captureTrace,
            policy.acceptor(t.getAcceptorId()),
            amount,
            retrievalReference(captureTrace),
            t.getApprovalCode(),
            SetReference.of(t.getXid(), t.getTransStain()));
    return new RefundRequest(capture, amount, RecordPolicy.trace(stan, now));
  }

  private int nextStan() {
    return store.stanInNewTransaction();
  }

  /** Field 37 of a message sent under {@code trace}, as the adapter forms it. */
  static String retrievalReference(Trace trace) {
    String prefix = RRN_PREFIX.format(trace.transmitted());
    return prefix.substring(prefix.length() - 6) + trace.stanText();
  }
}
