package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.HierarchyLoader.StoredAuthority;
import org.agentset.ca.hierarchy.IssuedCertificate;
import org.agentset.ca.hierarchy.NewHierarchy;
import org.agentset.ca.issue.Serials;
import org.agentset.db.ca.Authority;
import org.agentset.db.ca.CertificateRecord;
import org.agentset.db.ca.KeyStoreRecord;
import org.agentset.set.cert.SealedKeyStore;

/**
 * Stores the hierarchy once and reads it back at every start. Creation runs in one transaction —
 * certificate records, authority rows, the sealed key store, each CA's first CRL and the first
 * BrandCRLIdentifier, and an audit entry — under an advisory lock, so two servers starting on an
 * empty database create one hierarchy between them.
 */
@Stateless
@PermitAll
public class HierarchyStore {

  /** What was stored: the CAs' certificates, the sealed key store and the suite. */
  public record Stored(List<StoredAuthority> authorities, byte[] keyStore, String suite) {}

  private static final long LOCK = 0x4341484945524152L; // "CAHIERAR"

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  @EJB private StatusPublisher publisher;

  @EJB private AuditTrail audit;

  /** The stored hierarchy, or empty on a database that has none yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Stored> load() {
    List<Authority> rows =
        em.createQuery("select a from Authority a", Authority.class).getResultList();
    KeyStoreRecord ks = em.find(KeyStoreRecord.class, KeyStoreRecord.ID);
    if (rows.isEmpty()) {
      if (ks != null) {
        throw new IllegalStateException(
            "the ca schema holds a key store but no hierarchy: the database is inconsistent");
      }
      return Optional.empty();
    }
    if (ks == null) {
      throw new IllegalStateException("the ca schema holds a hierarchy but no key store");
    }
    List<StoredAuthority> list = new ArrayList<>();
    String suite = null;
    for (Authority a : rows) {
      CaName name =
          CaName.byId(a.getName())
              .orElseThrow(() -> new IllegalStateException("unknown CA " + a.getName()));
      list.add(
          new StoredAuthority(
              name,
              certificate(a.getSigningSerial()),
              a.getMessageSerial() == null ? null : certificate(a.getMessageSerial()),
              a.getExchangeSerial() == null ? null : certificate(a.getExchangeSerial())));
      suite = a.getSuite();
    }
    return Optional.of(new Stored(list, ks.getContent(), suite));
  }

  /**
   * Stores a freshly created hierarchy with its first CRLs and BCI.
   *
   * @return false when another server stored one first (this one is then discarded)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean create(
      NewHierarchy hierarchy,
      byte[] sealedKeyStore,
      Duration statusValidity,
      Provider provider,
      Clock clock) {
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, LOCK)
        .getSingleResult();
    Long existing =
        em.createQuery("select count(a) from Authority a", Long.class).getSingleResult();
    if (existing > 0) {
      return false;
    }
    Instant now = clock.instant();
    for (IssuedCertificate c : hierarchy.certificates()) {
      em.persist(CertificateRecords.of(c, now, "hierarchy", null));
    }
    em.flush();
    for (CaName name : CaName.values()) { // parents first
      CaMaterial ca = hierarchy.authorities().get(name);
      em.persist(
          new Authority(
              name.id(),
              name.parent().map(CaName::id).orElse(null),
              name.profile().name(),
              ca.certificate().getSubjectX500Principal().getName(),
              hierarchy.suite().id(),
              Serials.of(ca.certificate().getSerialNumber()),
              ca.messageKey().map(k -> Serials.of(k.certificate().getSerialNumber())).orElse(null),
              ca.exchangeKey().map(k -> Serials.of(k.certificate().getSerialNumber())).orElse(null),
              now));
    }
    em.persist(new KeyStoreRecord(SealedKeyStore.TYPE, sealedKeyStore, now));
    em.flush();
    for (CaName name : CaName.values()) {
      publisher.publishCrl(
          hierarchy.authorities().get(name),
          statusValidity,
          StatusPublisher.Cause.HIERARCHY,
          provider,
          clock);
    }
    publisher.publishBci(
        hierarchy.authorities().get(CaName.BRAND),
        statusValidity,
        StatusPublisher.Cause.HIERARCHY,
        provider,
        clock);
    audit.record(
        "system",
        "HIERARCHY_CREATED",
        "suite " + hierarchy.suite().id(),
        "server",
        hierarchy.authorities().size()
            + " CAs, "
            + hierarchy.certificates().size()
            + " certificates",
        AuditTrail.SUCCESS);
    return true;
  }

  private X509Certificate certificate(String serialHex) {
    CertificateRecord r =
        em.createQuery(
                "select r from CertificateRecord r where r.serialHex = :s", CertificateRecord.class)
            .setParameter("s", serialHex)
            .getSingleResult();
    return CertificateRecords.certificate(r.getDer());
  }
}
