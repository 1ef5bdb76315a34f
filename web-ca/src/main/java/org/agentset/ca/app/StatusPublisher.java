package org.agentset.ca.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.Provider;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agentset.ca.hierarchy.CaMaterial;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.status.RevocationReason;
import org.agentset.db.ca.Authority;
import org.agentset.db.ca.BciRecord;
import org.agentset.db.ca.CertificateRecord;
import org.agentset.db.ca.CrlRecord;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.StrictDer;
import org.agentset.set.cert.BrandCrlIdentifiers;
import org.agentset.set.cert.SetCrlIssuer;

/**
 * Publishes revocation status: a CA's next CRL (numbered under a write lock on its {@link
 * Authority} row, listing every certificate it revoked) and the brand's next BrandCRLIdentifier
 * (listing the newest CRL of every CA, serialised under the brand row's lock so the last BCI
 * committed always names the last CRLs committed). Runs inside the caller's transaction: a
 * revocation and the CRL and BCI that show it commit together.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StatusPublisher {

  /** Why a CRL or BCI was issued (stored with it). */
  public enum Cause {
    HIERARCHY,
    REVOCATION,
    SCHEDULE
  }

  @PersistenceContext(unitName = "ca")
  private EntityManager em;

  /** Issues and stores {@code ca}'s next CRL. */
  public CrlRecord publishCrl(
      CaMaterial ca, Duration validity, Cause cause, Provider provider, Clock clock) {
    Authority authority = em.find(Authority.class, ca.name().id(), LockModeType.PESSIMISTIC_WRITE);
    if (authority == null) {
      throw new IllegalStateException("no authority row for " + ca.name().id());
    }
    long number = authority.nextCrlNumber();
    List<SetCrlIssuer.Revocation> revoked = new ArrayList<>();
    for (CertificateRecord r :
        em.createQuery(
                "select r from CertificateRecord r where r.caName = :ca and r.status = :revoked"
                    + " order by r.revokedAt",
                CertificateRecord.class)
            .setParameter("ca", ca.name().id())
            .setParameter("revoked", CertificateRecord.REVOKED)
            .getResultList()) {
      revoked.add(
          new SetCrlIssuer.Revocation(
              new BigInteger(r.getSerialHex(), 16),
              r.getRevokedAt(),
              RevocationReason.parse(r.getRevocationReason())
                  .map(RevocationReason::code)
                  .orElse(0)));
    }
    X509CRL crl =
        new SetCrlIssuer(provider, clock)
            .issue(ca.signing(), BigInteger.valueOf(number), validity, revoked);
    try {
      CrlRecord record =
          new CrlRecord(
              ca.name().id(),
              number,
              crl.getThisUpdate().toInstant(),
              crl.getNextUpdate().toInstant(),
              revoked.size(),
              cause.name(),
              crl.getEncoded());
      em.persist(record);
      return record;
    } catch (CRLException e) {
      throw new IllegalStateException("cannot encode the CRL", e);
    }
  }

  /** Issues and stores the brand's next BrandCRLIdentifier over the newest CRL of every CA. */
  public BciRecord publishBci(
      CaMaterial brand, Duration validity, Cause cause, Provider provider, Clock clock) {
    if (brand.name() != CaName.BRAND) {
      throw new IllegalArgumentException("the BCI is signed by the brand CA");
    }
    em.find(Authority.class, CaName.BRAND.id(), LockModeType.PESSIMISTIC_WRITE);
    Long last =
        em.createQuery("select max(b.sequenceNum) from BciRecord b", Long.class).getSingleResult();
    long sequence = last == null ? 1 : last + 1;
    List<X509CRL> current = new ArrayList<>();
    for (CrlRecord r : latestCrls()) {
      current.add(CertificateRecords.crl(r.getDer()));
    }
    BrandCRLIdentifier bci =
        new BrandCrlIdentifiers(provider, clock)
            .issue(brand.signing(), CaName.BRAND_ID, BigInteger.valueOf(sequence), validity, current);
    BciRecord record =
        new BciRecord(
            sequence,
            CaName.BRAND_ID,
            bci.tbs().notBefore(),
            bci.tbs().notAfter(),
            cause.name(),
            StrictDer.encode(bci));
    em.persist(record);
    return record;
  }

  /** The newest CRL of every CA. */
  public List<CrlRecord> latestCrls() {
    return em.createQuery(
            "select c from CrlRecord c where c.crlNumber ="
                + " (select max(d.crlNumber) from CrlRecord d where d.caName = c.caName)"
                + " order by c.caName",
            CrlRecord.class)
        .getResultList();
  }
}
