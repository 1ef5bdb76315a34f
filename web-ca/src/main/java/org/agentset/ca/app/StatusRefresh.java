package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.status.Freshness;
import org.agentset.db.ca.Authority;
import org.agentset.db.ca.BciRecord;
import org.agentset.db.ca.CrlRecord;

/**
 * Re-issues CRLs and the BrandCRLIdentifier before they expire: a CRL or BCI is replaced once
 * three quarters of its validity have passed (so with the default day-long validity, about every
 * 18 hours, leaving relying parties six hours' grace). Each CA is checked under its row lock, so
 * servers sharing the database re-issue once between them. Called by {@link StatusScheduler}.
 */
@Stateless
@PermitAll
public class StatusRefresh {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private CaKeyRing ring;

  @EJB private StatusPublisher publisher;

  @EJB private CertificateQueries queries;

  /** Re-issues {@code ca}'s CRL if due; true if it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean refreshCrl(CaName ca) {
    em.find(Authority.class, ca.id(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = ring.clock().instant();
    CrlRecord latest = queries.latestCrl(ca).orElse(null);
    if (latest != null
        && !Freshness.due(latest.getNextUpdate(), ring.statusValidity(), now)) {
      return false;
    }
    publisher.publishCrl(
        ring.material(ca), ring.statusValidity(), StatusPublisher.Cause.SCHEDULE, ring.provider(), ring.clock());
    return true;
  }

  /** Re-issues the BCI if due or if {@code crlsChanged}; true if it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean refreshBci(boolean crlsChanged) {
    em.find(Authority.class, CaName.BRAND.id(), LockModeType.PESSIMISTIC_WRITE);
    BciRecord latest = queries.latestBci().orElse(null);
    if (!crlsChanged
        && latest != null
        && !Freshness.due(latest.getNotAfter(), ring.statusValidity(), ring.clock().instant())) {
      return false;
    }
    publisher.publishBci(
        ring.material(CaName.BRAND),
        ring.statusValidity(),
        StatusPublisher.Cause.SCHEDULE,
        ring.provider(),
        ring.clock());
    return true;
  }
}
