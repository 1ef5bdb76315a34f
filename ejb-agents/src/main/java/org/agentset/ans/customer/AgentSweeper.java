package org.agentset.ans.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.db.ans.AgentRecord;
import org.agentset.db.ans.AgentRecord.State;

/**
 * Every 15 seconds: expires agents whose mandate deadline passed (a payment start waiting for an
 * offline wallet ends here), resumes agents a restart interrupted (created or negotiating, not busy
 * in this server), retries payment starts that waited for a merchant's SET initiation, and destroys
 * the keys of reservations never used. Nothing runs at deployment: the other parties may not be up
 * yet.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgentSweeper {

  private static final Logger LOG = Logger.getLogger(AgentSweeper.class.getName());

  @EJB private AnsRuntime runtime;
  @EJB private AgentStore store;
  @EJB private Agents agents;
  @EJB private AgentRunner runner;
  @EJB private PaymentStartQueue payments;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void sweep() {
    try {
      sweepNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "agent sweep failed; next in 15 s", e);
    }
  }

  void sweepNow() {
    Instant now = runtime.clock().instant();
    for (UUID id : store.overdue(now)) {
      if (store.transition(
          id,
          AgentStore.LIVE,
          State.EXPIRED,
          "The mandate's deadline passed before the purchase was paid"
              + " (a payment start still waiting for the wallet is void).",
          now)) {
        agents.forget(id);
      }
    }
    for (UUID id : store.live()) {
      AgentRecord a = store.agent(id).orElseThrow();
      boolean stale = a.getUpdatedAt().isBefore(now.minus(Duration.ofSeconds(20)));
      if (Set.of(State.CREATED, State.NEGOTIATING).contains(a.getState())
          && stale
          && agents.claimable(id)) {
        store.notify(id, "notice", "Resuming the agent's negotiation.", now);
        runner.negotiate(id);
      }
    }
    payments.retryPending();
    store.expireReservations(now);
  }
}
