package org.agentset.gateway.app;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.db.gateway.RefusalRecord;

/**
 * What the operations page reads from the gateway schema: counts by state, transactions (latest, by
 * state, by XID), totals per day, authorisations per hour, recent refusals. Read-only; operators
 * only: the page filter lets only {@code gateway-operator} reach the page that calls these.
 */
@Stateless
public class OperationsQueries {

  /** One day's totals, amounts in minor units of {@code currency}. */
  public record DayTotal(
      LocalDate day,
      String currency,
      long authorisations,
      long declines,
      long authorised,
      long captured,
      long refunded) {}

  @PersistenceContext(unitName = "gateway")
  private EntityManager em;

  /** Number of transactions in each state (every state listed, zero included). */
  public Map<String, Long> countsByState() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String s :
        List.of(
            "RECEIVED",
            "VERIFIED",
            "AUTHORISED",
            "DECLINED",
            "CAPTURED",
            "REVERSED",
            "REFUNDED",
            "FAILED")) {
      out.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select t.state, count(t) from PaymentTransaction t group by t.state",
                Object[].class)
            .getResultList()) {
      out.put((String) row[0], (Long) row[1]);
    }
    return out;
  }

  /** The latest transactions, optionally of one state. */
  public List<PaymentTransaction> latest(String state, int max) {
    if (state == null || state.isBlank()) {
      return em.createQuery(
              "select t from PaymentTransaction t order by t.id desc", PaymentTransaction.class)
          .setMaxResults(max)
          .getResultList();
    }
    return em.createQuery(
            "select t from PaymentTransaction t where t.state = :s order by t.id desc",
            PaymentTransaction.class)
        .setParameter("s", state)
        .setMaxResults(max)
        .getResultList();
  }

  /** Every transaction of an XID. */
  public List<PaymentTransaction> byXid(byte[] xid) {
    return em.createQuery(
            "select t from PaymentTransaction t where t.xid = :x order by t.id",
            PaymentTransaction.class)
        .setParameter("x", xid)
        .getResultList();
  }

  /** Totals per day and currency over the last {@code days} days, newest first. */
  public List<DayTotal> totalsPerDay(int days) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select cast(date_trunc('day', created_at at time zone 'UTC') as date) d, currency,"
                    + " count(*) filter (where authorised_minor > 0),"
                    + " count(*) filter (where state = 'DECLINED'),"
                    + " coalesce(sum(authorised_minor), 0), coalesce(sum(captured_minor), 0),"
                    + " coalesce(sum(refunded_minor), 0)"
                    + " from gateway.payment_transaction where created_at >= ?1"
                    + " group by 1, 2 order by 1 desc, 2")
            .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(days))
            .getResultList();
    List<DayTotal> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new DayTotal(
              ((java.sql.Date) r[0]).toLocalDate(),
              (String) r[1],
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              ((Number) r[5]).longValue(),
              ((Number) r[6]).longValue()));
    }
    return out;
  }

  /** Approved and declined authorisations per hour over the last {@code hours}, oldest first. */
  public Map<LocalDateTime, long[]> authorisationsPerHour(int hours) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Map<LocalDateTime, long[]> out = new LinkedHashMap<>();
    for (int h = hours - 1; h >= 0; h--) {
      out.put(LocalDateTime.ofInstant(now.minus(h, ChronoUnit.HOURS), ZoneOffset.UTC), new long[2]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select date_trunc('hour', created_at at time zone 'UTC') h,"
                    + " count(*) filter (where authorised_minor > 0),"
                    + " count(*) filter (where state = 'DECLINED')"
                    + " from gateway.payment_transaction where created_at >= ?1 group by 1")
            .setParameter(
                1,
                OffsetDateTime.ofInstant(now.minus(hours - 1L, ChronoUnit.HOURS), ZoneOffset.UTC))
            .getResultList();
    for (Object[] r : rows) {
      LocalDateTime hour =
          r[0] instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) r[0];
      long[] v = out.get(hour);
      if (v != null) {
        v[0] = ((Number) r[1]).longValue();
        v[1] = ((Number) r[2]).longValue();
      }
    }
    return out;
  }

  /** The latest refusals. */
  public List<RefusalRecord> refusals(int max) {
    return em.createQuery("select r from RefusalRecord r order by r.id desc", RefusalRecord.class)
        .setMaxResults(max)
        .getResultList();
  }
}
