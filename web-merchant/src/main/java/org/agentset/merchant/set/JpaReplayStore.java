package org.agentset.merchant.set;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.ReplayStore;

/**
 * set-core's replay memory in {@code merchant.replay_entry}: an insert that does nothing on a
 * conflict, so of two concurrent first uses exactly one sees a row inserted.
 */
final class JpaReplayStore implements ReplayStore {

  private final EntityManager em;

  JpaReplayStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean firstUse(ReplayKind kind, byte[] id, Instant keepUntil) {
    return em.createNativeQuery(
                "insert into merchant.replay_entry (kind, id, keep_until) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, kind.name())
            .setParameter(2, id)
            .setParameter(3, Timestamp.from(keepUntil))
            .executeUpdate()
        == 1;
  }
}
