package org.agentset.ca.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.present.IssuanceChart;
import org.agentset.db.ca.CrlRecord;

/** The dashboard: certificate counts by type and status, issuance over 30 days, CRL freshness. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the counts table. */
  public record TypeCount(String type, long valid, long revoked) implements Serializable {}

  @EJB private CertificateQueries queries;

  private List<TypeCount> counts;
  private long total;
  private long valid;
  private long revoked;
  private long issuedLast30Days;
  private String chart;
  private List<CrlRecord> latestCrls;
  private Long bciNumber;

  @PostConstruct
  void load() {
    counts = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> e : queries.countsByTypeAndStatus().entrySet()) {
      long v = e.getValue().getOrDefault("VALID", 0L);
      long r = e.getValue().getOrDefault("REVOKED", 0L);
      counts.add(new TypeCount(e.getKey(), v, r));
      valid += v;
      revoked += r;
    }
    total = valid + revoked;
    Map<LocalDate, Long> perDay = queries.issuedPerDay(LocalDate.now(ZoneOffset.UTC).minusDays(29));
    issuedLast30Days = perDay.values().stream().mapToLong(Long::longValue).sum();
    chart = IssuanceChart.json(perDay);
    latestCrls = new ArrayList<>();
    for (CaName ca : CaName.values()) {
      queries.latestCrl(ca).ifPresent(latestCrls::add);
    }
    bciNumber = queries.latestBci().map(b -> b.getSequenceNum()).orElse(null);
  }

  public List<TypeCount> getCounts() {
    return counts;
  }

  public long getTotal() {
    return total;
  }

  public long getValid() {
    return valid;
  }

  public long getRevoked() {
    return revoked;
  }

  public long getIssuedLast30Days() {
    return issuedLast30Days;
  }

  public String getChart() {
    return chart;
  }

  public List<CrlRecord> getLatestCrls() {
    return latestCrls;
  }

  public Long getBciNumber() {
    return bciNumber;
  }

  public int getAuthorityCount() {
    return CaName.values().length;
  }
}
