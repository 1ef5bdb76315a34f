package org.agentset.merchant.settlement;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * "Capture at once": a shop with the IMMEDIATE policy captures each authorization with its own
 * CapReq as soon as the transaction that recorded it commits (in the background, so the wallet's
 * PRes is not held up). The gateway is asked for the authorization only (AuthReq's captureNow stays
 * false) so that every capture goes through the gateway's capture desk and has a CapReq RRPID for
 * later refunds. A sweep every minute captures what is left over: an authorization whose capture
 * never ran (a restart) or never got an answer (gateway unreachable).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImmediateCaptures {

  private static final Logger LOG = Logger.getLogger(ImmediateCaptures.class.getName());

  @Resource private TransactionSynchronizationRegistry transactions;
  @Resource private ManagedExecutorService executor;
  @EJB private CaptureService captures;

  @PersistenceContext(unitName = "merchant")
  private EntityManager em;

  /** Captures the order once the caller's transaction has committed. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void afterCommit(String merchantCode, UUID orderId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.submit(() -> captureNow(merchantCode, orderId));
            }
          }
        });
  }

  private void captureNow(String merchantCode, UUID orderId) {
    try {
      captures
          .capture(merchantCode, List.of(orderId), n -> {})
          .forEach(
              o ->
                  LOG.fine(
                      () ->
                          "Capture at once of " + o.lidM() + ": " + o.result() + " " + o.detail()));
    } catch (RuntimeException e) {
      LOG.warning(
          "Capture at once of order " + orderId + " failed, the sweep retries: " + e.getMessage());
    }
  }

  /** Captures the IMMEDIATE shops' authorizations left uncaptured for over a minute. */
  @Schedule(hour = "*", minute = "*", second = "40", persistent = false, info = "capture sweep")
  void sweep() {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "select m.code, o.id from merchant.purchase_order o join merchant.merchant m on"
                    + " m.id = o.merchant_id join merchant.set_purchase p on p.order_id = o.id"
                    + " where m.capture_policy = 'IMMEDIATE' and o.status = 'AUTHORISED' and"
                    + " p.auth_record is not null and p.capture_state in ('NONE', 'PENDING') and"
                    + " p.updated_at < now() - interval '1 minute' order by o.updated_at limit"
                    + " 100")
            .getResultList();
    for (Object[] r : due) {
      captureNow((String) r[0], (UUID) r[1]);
    }
  }
}
