package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.issue.Serials;
import org.agentset.ca.status.CertificateStatus;
import org.agentset.ca.status.RevocationReason;
import org.agentset.db.ca.AuditEvent;
import org.agentset.db.ca.Authority;
import org.agentset.db.ca.BciRecord;
import org.agentset.db.ca.CertificateRecord;
import org.agentset.db.ca.CrlRecord;

/**
 * Read-only questions to the CA's records: certificate search, status for OCSP, the newest CRL
 * and BCI, publication history, dashboard figures and the audit trail. Runs without a transaction
 * of its own (reads only), so the OCSP responder's per-request lookup costs one indexed query.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CertificateQueries {

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  /** The certificate with serial {@code serialHex} (any case, no leading zeros required). */
  public Optional<CertificateRecord> bySerial(String serialHex) {
    Optional<String> normal = Serials.normalise(serialHex);
    if (normal.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from CertificateRecord r where r.serialHex = :s", CertificateRecord.class)
        .setParameter("s", normal.get())
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The status of {@code serial} as issued by {@code ca}, for OCSP. */
  public Optional<CertificateStatus> status(CaName ca, BigInteger serial) {
    List<Object[]> rows =
        em.createQuery(
                "select r.status, r.revokedAt, r.revocationReason from CertificateRecord r"
                    + " where r.serialHex = :s and r.caName = :ca",
                Object[].class)
            .setParameter("s", serial.toString(16))
            .setParameter("ca", ca.id())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    if (!CertificateRecord.REVOKED.equals(row[0])) {
      return Optional.of(CertificateStatus.GOOD);
    }
    return Optional.of(
        CertificateStatus.revoked(
            (Instant) row[1],
            RevocationReason.parse((String) row[2]).orElse(RevocationReason.UNSPECIFIED)));
  }

  /** Whether a key with this SubjectPublicKeyInfo hash was ever certified: its serial if so. */
  public Optional<String> certifiedKey(byte[] publicKeyHash) {
    return em.createQuery(
            "select r.serialHex from CertificateRecord r where r.publicKeyHash = :h", String.class)
        .setParameter("h", publicKeyHash)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** One page of the certificates matching {@code filter}, newest first. */
  public List<CertificateRecord> search(CertificateFilter filter, int first, int max) {
    TypedQuery<CertificateRecord> q =
        em.createQuery(
            "select r from CertificateRecord r" + where(filter) + " order by r.issuedAt desc, r.id desc",
            CertificateRecord.class);
    bind(q, filter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
  }

  /** How many certificates match {@code filter}. */
  public long count(CertificateFilter filter) {
    TypedQuery<Long> q =
        em.createQuery("select count(r) from CertificateRecord r" + where(filter), Long.class);
    bind(q, filter);
    return q.getSingleResult();
  }

  private static String where(CertificateFilter f) {
    List<String> c = new ArrayList<>();
    if (f.type() != null) {
      c.add("r.certType = :type");
    }
    if (f.status() != null) {
      c.add("r.status = :status");
    }
    if (f.subject() != null) {
      c.add("lower(r.subjectDn) like :subject escape '!'");
    }
    if (f.issuedFrom() != null) {
      c.add("r.issuedAt >= :from");
    }
    if (f.issuedTo() != null) {
      c.add("r.issuedAt < :to");
    }
    if (f.caName() != null) {
      c.add("r.caName = :ca");
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static void bind(TypedQuery<?> q, CertificateFilter f) {
    if (f.type() != null) {
      q.setParameter("type", f.type());
    }
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.subject() != null) {
      String escaped =
          f.subject().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
      q.setParameter("subject", "%" + escaped + "%");
    }
    if (f.issuedFrom() != null) {
      q.setParameter("from", f.issuedFrom());
    }
    if (f.issuedTo() != null) {
      q.setParameter("to", f.issuedTo());
    }
    if (f.caName() != null) {
      q.setParameter("ca", f.caName());
    }
  }

  /** Certificates by type and status: {@code type -> {VALID -> n, REVOKED -> m}}. */
  public Map<String, Map<String, Long>> countsByTypeAndStatus() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.certType, r.status, count(r) from CertificateRecord r"
                    + " group by r.certType, r.status order by r.certType",
                Object[].class)
            .getResultList()) {
      out.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (Long) row[2]);
    }
    return out;
  }

  /** Certificates issued per UTC day from {@code from} (inclusive) to today, zero days included. */
  public Map<LocalDate, Long> issuedPerDay(LocalDate from) {
    Map<LocalDate, Long> days = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
      days.put(d, 0L);
    }
    List<?> rows =
        em.createNativeQuery(
                "select cast(date_trunc('day', issued_at at time zone 'UTC') as date), count(*)"
                    + " from ca.certificate_record where issued_at >= ?1 group by 1")
            .setParameter(1, from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
            .getResultList();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      LocalDate day =
          row[0] instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) row[0];
      days.put(day, ((Number) row[1]).longValue());
    }
    return days;
  }

  /** The CAs of the hierarchy. */
  public List<Authority> authorities() {
    return em.createQuery("select a from Authority a order by a.createdAt, a.name", Authority.class)
        .getResultList();
  }

  /** The newest CRL of {@code ca}. */
  public Optional<CrlRecord> latestCrl(CaName ca) {
    return em.createQuery(
            "select c from CrlRecord c where c.caName = :ca order by c.crlNumber desc", CrlRecord.class)
        .setParameter("ca", ca.id())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The newest BrandCRLIdentifier. */
  public Optional<BciRecord> latestBci() {
    return em.createQuery("select b from BciRecord b order by b.sequenceNum desc", BciRecord.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** CRL history, newest first, optionally of one CA. */
  public List<CrlRecord> crls(String caName, int first, int max) {
    TypedQuery<CrlRecord> q =
        em.createQuery(
            "select c from CrlRecord c"
                + (caName == null ? "" : " where c.caName = :ca")
                + " order by c.thisUpdate desc, c.id desc",
            CrlRecord.class);
    if (caName != null) {
      q.setParameter("ca", caName);
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** How many CRLs were published, optionally by one CA. */
  public long crlCount(String caName) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(c) from CrlRecord c" + (caName == null ? "" : " where c.caName = :ca"),
            Long.class);
    if (caName != null) {
      q.setParameter("ca", caName);
    }
    return q.getSingleResult();
  }

  /** The newest BCIs. */
  public List<BciRecord> bcis(int max) {
    return em.createQuery("select b from BciRecord b order by b.sequenceNum desc", BciRecord.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** One page of the audit trail, newest first. */
  public List<AuditEvent> audit(String actor, String action, int first, int max) {
    TypedQuery<AuditEvent> q =
        em.createQuery(
            "select e from AuditEvent e where (:actor is null or e.actor = :actor)"
                + " and (:action is null or e.action = :action) order by e.id desc",
            AuditEvent.class);
    return q.setParameter("actor", actor)
        .setParameter("action", action)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many audit entries match. */
  public long auditCount(String actor, String action) {
    return em.createQuery(
            "select count(e) from AuditEvent e where (:actor is null or e.actor = :actor)"
                + " and (:action is null or e.action = :action)",
            Long.class)
        .setParameter("actor", actor)
        .setParameter("action", action)
        .getSingleResult();
  }

  /** The whole audit trail, oldest first, for chain verification. */
  public List<AuditEvent> auditInOrder() {
    return em.createQuery("select e from AuditEvent e order by e.id", AuditEvent.class)
        .getResultList();
  }
}
