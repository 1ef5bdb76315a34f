package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.Serials;
import org.agentset.ca.status.RevocationReason;
import org.agentset.db.ca.CertificateRecord;

/**
 * Revokes a certificate: in one transaction the record turns REVOKED, the issuing CA publishes a
 * new CRL listing it, the brand publishes a new BrandCRLIdentifier naming that CRL, and the audit
 * trail records who did it from where. Once the transaction commits, the next CRL download and the
 * next OCSP answer both say revoked.
 *
 * <p>Only {@code ca-admin} may revoke (enforced here by the container, whatever the caller's page
 * shows). The hierarchy's own certificates are not revocable from here: taking a CA out of service
 * is a key ceremony, not a console action.
 */
@Stateless
@PermitAll
public class RevocationService {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private CaKeyRing ring;

  @EJB private StatusPublisher publisher;

  @EJB private AuditTrail audit;

  @Resource private SessionContext session;

  /**
   * Revokes the certificate with serial {@code serialHex}.
   *
   * @param origin where the request came from (remote address), for the audit trail
   * @throws CaOperationException if there is no such certificate, it is already revoked, or it
   *     belongs to the hierarchy
   */
  @RolesAllowed("ca-admin")
  public CertificateRecord revoke(String serialHex, RevocationReason reason, String origin)
      throws CaOperationException {
    String actor = session.getCallerPrincipal().getName();
    String serial =
        Serials.normalise(serialHex)
            .orElseThrow(
                () ->
                    new CaOperationException(
                        CaOperationException.Kind.INVALID, "A serial number is hexadecimal."));
    if (reason == null) {
      throw new CaOperationException(CaOperationException.Kind.INVALID, "Choose a revocation reason.");
    }
    CertificateRecord record =
        em.createQuery("select r from CertificateRecord r where r.serialHex = :s", CertificateRecord.class)
            .setParameter("s", serial)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new CaOperationException(
                        CaOperationException.Kind.NOT_FOUND, "No certificate has serial " + serial + "."));
    if (record.isRevoked()) {
      throw new CaOperationException(
          CaOperationException.Kind.CONFLICT,
          "Certificate " + serial + " was already revoked on " + record.getRevokedAt() + ".");
    }
    if ("hierarchy".equals(record.getIssuedBy()) || record.getCaName() == null) {
      throw new CaOperationException(
          CaOperationException.Kind.CONFLICT,
          "Certificate " + serial + " belongs to the CA hierarchy; CA keys are retired by a key"
              + " ceremony, not revoked from the console.");
    }
    CaName issuer =
        CaName.byId(record.getCaName())
            .orElseThrow(() -> new IllegalStateException("unknown CA " + record.getCaName()));
    record.revoke(ring.clock().instant().truncatedTo(ChronoUnit.SECONDS), reason.name(), actor);
    em.flush();
    var crl =
        publisher.publishCrl(
            ring.material(issuer),
            ring.statusValidity(),
            StatusPublisher.Cause.REVOCATION,
            ring.provider(),
            ring.clock());
    var bci =
        publisher.publishBci(
            ring.material(CaName.BRAND),
            ring.statusValidity(),
            StatusPublisher.Cause.REVOCATION,
            ring.provider(),
            ring.clock());
    audit.record(
        actor,
        "REVOKE",
        serial,
        origin,
        "reason "
            + reason.name()
            + "; subject "
            + record.getSubjectDn()
            + "; CRL "
            + issuer.id()
            + " #"
            + crl.getCrlNumber()
            + "; BCI #"
            + bci.getSequenceNum(),
        AuditTrail.SUCCESS);
    return record;
  }
}
