package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.agentset.ca.audit.AuditChain;
import org.agentset.db.ca.AuditEvent;

/**
 * Appends to the CA's audit trail: every administrative action, with who, what, to what, from
 * where, when and the outcome, chained by {@link AuditChain}. An entry written with {@link
 * #record} commits or rolls back with the action it describes; {@link #recordApart} commits on its
 * own, for refusals whose action never ran.
 *
 * <p>Appends are serialised with a transaction-scoped PostgreSQL advisory lock so that each entry
 * links to the one committed just before it.
 */
@Stateless
@PermitAll
public class AuditTrail {

  /** Outcome of an action that took effect. */
  public static final String SUCCESS = "SUCCESS";

  /** Outcome of an action refused (authorisation, validation). */
  public static final String REFUSED = "REFUSED";

  /** Outcome of an action that failed. */
  public static final String FAILED = "FAILED";

  private static final long LOCK = 0x4147454e54534554L; // "AGENTSET"

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  /** Appends an entry in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(
      String actor, String action, String target, String origin, String detail, String outcome) {
    em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
    List<?> last =
        em.createNativeQuery("select hash from ca.audit_event order by id desc limit 1")
            .getResultList();
    byte[] previous =
        last.isEmpty() || last.get(0) == null ? AuditChain.GENESIS : (byte[]) last.get(0);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    AuditChain.Entry entry =
        new AuditChain.Entry(
            at,
            clip(actor, 128),
            clip(action, 64),
            clip(target, 256),
            clip(origin, 128),
            detail,
            outcome);
    em.persist(
        new AuditEvent(
            at,
            entry.actor(),
            entry.action(),
            entry.target(),
            entry.origin(),
            entry.detail(),
            outcome,
            previous,
            AuditChain.hash(previous, entry)));
  }

  /** Appends an entry in a transaction of its own (kept even if the caller's rolls back). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordApart(
      String actor, String action, String target, String origin, String detail, String outcome) {
    record(actor, action, target, origin, detail, outcome);
  }

  private static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max);
  }
}
