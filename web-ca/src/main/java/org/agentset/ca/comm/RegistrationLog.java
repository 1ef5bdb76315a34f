package org.agentset.ca.comm;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.agentset.db.ca.RegistrationRequest;

/**
 * The record of protocol requests: issued ones in the issuing transaction, refused ones in a
 * transaction of their own (the refusal changes nothing else, but is kept).
 */
@Stateless
@PermitAll
public class RegistrationLog {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  /** The serial issued for a request with this hash before, if any (a replay). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<String> issuedFor(byte[] requestHash) {
    return em
        .createQuery(
            "select r.certificateSerial from RegistrationRequest r"
                + " where r.requestHash = :h and r.outcome = 'ISSUED'",
            String.class)
        .setParameter("h", requestHash)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The newest {@code max} protocol requests (communication and SET registration). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.List<RegistrationRequest> recent(int max) {
    return em.createQuery(
            "select r from RegistrationRequest r order by r.receivedAt desc, r.id desc",
            RegistrationRequest.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Records an issued request in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void issued(
      String kind, String origin, String requester, byte[] hash, String serial, Instant at) {
    em.persist(new RegistrationRequest(kind, at, origin, requester, hash, "ISSUED", null, serial));
  }

  /** Records a refused request, committed whatever happens to the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(
      String kind, String origin, String requester, byte[] hash, String reason, Instant at) {
    em.persist(new RegistrationRequest(kind, at, origin, requester, hash, "REFUSED", reason, null));
  }
}
