package org.agentset.gateway.app;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.ReplayStore;

/**
 * set-core's {@link ReplayStore} on {@code gateway.replay_entry}, inside the caller's transaction:
 * an identifier is used when the row is inserted, and the insert commits or rolls back with the
 * record it lets through. PostgreSQL's {@code ON CONFLICT DO NOTHING} waits for a concurrent
 * inserter of the same key and then reports 0 rows, so two requests never both see a first use.
 */
@Stateless
@jakarta.ejb.LocalBean
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReplayEntries implements ReplayStore {

  @PersistenceContext(unitName = "gateway")
  private EntityManager em;

  @Override
  public boolean firstUse(ReplayKind kind, byte[] id, Instant keepUntil) {
    return em.createNativeQuery(
                "insert into gateway.replay_entry (kind, id, keep_until) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, kind.name())
            .setParameter(2, id)
            .setParameter(3, OffsetDateTime.ofInstant(keepUntil, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** Drops entries no message could still use. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sweep(Instant now) {
    return em.createNativeQuery("delete from gateway.replay_entry where keep_until < ?1")
        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
  }
}
