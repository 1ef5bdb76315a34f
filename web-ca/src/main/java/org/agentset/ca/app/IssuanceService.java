package org.agentset.ca.app;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.IssuedCertificate;
import org.agentset.ca.issue.CertificationRequests;
import org.agentset.ca.issue.IssuePlanner;
import org.agentset.ca.issue.IssueRequest;
import org.agentset.ca.issue.PublicKeyHash;
import org.agentset.ca.issue.RequestRejectedException;
import org.agentset.set.cert.CertificateSpec;

/**
 * Issues end-entity certificates: checks the never-twice key registry, signs with the issuing CA
 * and stores the record in the same transaction (the registry's unique index settles races between
 * two requests for the same key). {@link #issueFromRequest} is the operators' path (console and
 * admin API, {@code ca-admin} only, audited); {@link #issue} is the protocols' path (registration,
 * communication certificates), whose callers authenticate the requester themselves.
 */
@Stateless
@PermitAll
public class IssuanceService {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private CaKeyRing ring;

  @EJB private CertificateQueries queries;

  @EJB private AuditTrail audit;

  @Resource private SessionContext session;

  /**
   * Issues a merchant or gateway certificate from an operator's request.
   *
   * @throws CaOperationException saying what is wrong with the request
   */
  @RolesAllowed("ca-admin")
  public X509Certificate issueFromRequest(IssueRequest request, String origin)
      throws CaOperationException {
    String actor = session.getCallerPrincipal().getName();
    IssuePlanner.Plan plan;
    try {
      plan = new IssuePlanner(new CertificationRequests(ring.provider())).plan(request);
    } catch (RequestRejectedException e) {
      throw new CaOperationException(CaOperationException.Kind.INVALID, e.getMessage());
    }
    X509Certificate cert = issue(plan.issuer(), plan.spec(), actor, plan.ownerRef());
    audit.record(
        actor,
        "ISSUE",
        cert.getSerialNumber().toString(16),
        origin,
        plan.spec().profile().name() + " for " + cert.getSubjectX500Principal().getName(),
        AuditTrail.SUCCESS);
    return cert;
  }

  /**
   * Certifies {@code spec} by {@code issuer} unless its key was ever certified.
   *
   * @param issuedBy who asked (operator name, or the protocol)
   * @param ownerRef what the certificate is bound to
   * @throws CaOperationException if the key was certified before, or the spec breaks a rule of
   *     the issuing CA (e.g. a validity beyond the CA's own)
   */
  @PermitAll
  public X509Certificate issue(CaName issuer, CertificateSpec spec, String issuedBy, String ownerRef)
      throws CaOperationException {
    byte[] keyHash = PublicKeyHash.of(spec.publicKey());
    var previous = queries.certifiedKey(keyHash);
    if (previous.isPresent()) {
      throw new CaOperationException(
          CaOperationException.Kind.CONFLICT,
          "This key was already certified (serial "
              + previous.get()
              + "); a key is never certified twice. Generate a new key pair.");
    }
    X509Certificate cert;
    try {
      cert = ring.issuer().issue(spec, ring.material(issuer).signing());
    } catch (IllegalArgumentException e) {
      throw new CaOperationException(CaOperationException.Kind.INVALID, e.getMessage());
    }
    em.persist(
        CertificateRecords.of(
            new IssuedCertificate(cert, spec.profile(), issuer), ring.clock().instant(), issuedBy, ownerRef));
    em.flush();
    return cert;
  }
}
