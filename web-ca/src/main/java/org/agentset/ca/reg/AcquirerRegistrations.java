package org.agentset.ca.reg;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaOperationException;

/**
 * The acquirer registrations of merchants and gateways, as operators see and decide them: the list
 * (with how many certificate requests wait on each), and the acquirer's decision on one under
 * review — {@code ACTIVE} (its pended requests are issued at the next CertInqReq) or {@code
 * REJECTED} — by a {@code ca-admin}, audited.
 */
@Stateless
@PermitAll
public class AcquirerRegistrations {

  /** One registration (a bean with getters, for the console's expressions and JSON). */
  public static final class Row {
    private final String reference;
    private final String kind;
    private final String acquirerBin;
    private final String merchantId;
    private final String name;
    private final String status;
    private final long waiting;

    /**
     * @param reference the acquirer's short name
     * @param kind MERCHANT or GATEWAY
     * @param acquirerBin the acquirer BIN
     * @param merchantId the merchant id (null for a gateway)
     * @param name the name its certificates carry
     * @param status ACTIVE, REVIEW or REJECTED
     * @param waiting certificate requests pended and not answered yet
     */
    public Row(
        String reference,
        String kind,
        String acquirerBin,
        String merchantId,
        String name,
        String status,
        long waiting) {
      this.reference = reference;
      this.kind = kind;
      this.acquirerBin = acquirerBin;
      this.merchantId = merchantId;
      this.name = name;
      this.status = status;
      this.waiting = waiting;
    }

    public String getReference() {
      return reference;
    }

    public String getKind() {
      return kind;
    }

    public String getAcquirerBin() {
      return acquirerBin;
    }

    public String getMerchantId() {
      return merchantId;
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }

    public long getWaiting() {
      return waiting;
    }

    /** Whether the acquirer's decision is still to be recorded. */
    public boolean isUnderReview() {
      return "REVIEW".equals(status);
    }
  }

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private AuditTrail audit;

  @Resource private SessionContext session;

  /** Every registration, by reference. */
  public List<Row> all() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.reference, a.kind, a.acquirer_bin, a.merchant_id, a.name, a.status,"
                    + " (SELECT count(*) FROM ca.registration_pending p WHERE p.reference ="
                    + " a.reference AND p.resolved_at IS NULL)"
                    + " FROM ca.acquirer_registration a ORDER BY a.reference")
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new Row(
                    (String) r[0],
                    (String) r[1],
                    ((String) r[2]).strip(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    ((Number) r[6]).longValue()))
        .toList();
  }

  /**
   * Records the acquirer's decision on a registration under review.
   *
   * @param status {@code ACTIVE} or {@code REJECTED}
   * @throws CaOperationException {@code NOT_FOUND} for an unknown reference, {@code INVALID} for
   *     another status, {@code CONFLICT} when the registration is not under review
   */
  @RolesAllowed("ca-admin")
  public Row decide(String reference, String status, String origin) throws CaOperationException {
    if (!"ACTIVE".equals(status) && !"REJECTED".equals(status)) {
      throw new CaOperationException(
          CaOperationException.Kind.INVALID, "The decision is ACTIVE (approve) or REJECTED.");
    }
    List<?> current =
        em.createNativeQuery(
                "SELECT status FROM ca.acquirer_registration WHERE reference = ?1 FOR UPDATE")
            .setParameter(1, reference)
            .getResultList();
    if (current.isEmpty()) {
      throw new CaOperationException(
          CaOperationException.Kind.NOT_FOUND,
          "No acquirer registration is called " + reference + ".");
    }
    if (!"REVIEW".equals(current.get(0))) {
      throw new CaOperationException(
          CaOperationException.Kind.CONFLICT,
          reference + " is " + current.get(0) + ", not under review; its decision is taken.");
    }
    em.createNativeQuery("UPDATE ca.acquirer_registration SET status = ?2 WHERE reference = ?1")
        .setParameter(1, reference)
        .setParameter(2, status)
        .executeUpdate();
    audit.record(
        session.getCallerPrincipal().getName(),
        "ACQUIRER_DECISION",
        reference,
        origin,
        "acquirer registration " + reference + ": REVIEW -> " + status,
        AuditTrail.SUCCESS);
    return all().stream().filter(r -> r.getReference().equals(reference)).findFirst().orElseThrow();
  }
}
