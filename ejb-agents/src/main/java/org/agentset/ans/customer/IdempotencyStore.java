package org.agentset.ans.customer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.db.ans.IdempotentAnswer;

/**
 * First answers by {@code Idempotency-Key}: the same key with the same request gets the stored
 * answer again; with a different request, a problem. Only successful answers are stored — a refusal
 * changed nothing, so repeating it is harmless.
 */
@Stateless
public class IdempotencyStore {

  @PersistenceContext(unitName = "ans")
  private EntityManager em;

  /** The stored answer for {@code key} in {@code scope}, if the same request was answered. */
  public Optional<IdempotentAnswer> replay(String scope, String key, String requestHash) {
    IdempotentAnswer a = em.find(IdempotentAnswer.class, keyOf(scope, key));
    if (a == null) {
      return Optional.empty();
    }
    if (!a.getRequestHash().equals(requestHash)) {
      throw new AgentProblem(
          "idempotency-key-reused",
          422,
          "Idempotency-Key "
              + key
              + " was used for a different request; use a new key for a new request.");
    }
    return Optional.of(a);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void store(
      String scope,
      String key,
      String requestHash,
      int status,
      String mediaType,
      String body,
      String location) {
    if (em.find(IdempotentAnswer.class, keyOf(scope, key)) == null) {
      em.persist(
          new IdempotentAnswer(
              scope, key, requestHash, status, mediaType, body, location, Instant.now()));
    }
  }

  private static IdempotentAnswer.Key keyOf(String scope, String key) {
    return new IdempotentAnswer.Key(scope, key);
  }
}
