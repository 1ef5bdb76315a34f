package org.agentset.ca.reg;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.agentset.set.msg.ReplayKind;
import org.agentset.set.msg.ReplayStore;

/**
 * Accepted RRPIDs in {@code ca.set_replay}, in the transaction answering the request: the primary
 * key makes a second use fail atomically, and a refused request's entry rolls back with it. Entries
 * past their {@code keep_until} are deleted as new ones come in.
 */
final class DatabaseReplayStore implements ReplayStore {

  private final EntityManager em;
  private final Instant now;

  DatabaseReplayStore(EntityManager em, Instant now) {
    this.em = em;
    this.now = now;
  }

  @Override
  public boolean firstUse(ReplayKind kind, byte[] id, Instant keepUntil) {
    em.createNativeQuery("DELETE FROM ca.set_replay WHERE keep_until < ?1")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    int inserted =
        em.createNativeQuery(
                "INSERT INTO ca.set_replay (kind, id, keep_until) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, kind.name())
            .setParameter(2, id)
            .setParameter(3, Timestamp.from(keepUntil))
            .executeUpdate();
    return inserted == 1;
  }
}
