package org.agentset.gateway.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.db.gateway.RefusalRecord;
import org.agentset.gateway.app.OperationsQueries;

/**
 * The operations page ({@code /gateway/ops/index.xhtml}): tiles with the number of transactions in
 * each state, the authorisations of the last 24 hours per hour, totals per day, the latest
 * transactions filtered by state or found by XID, and the latest refusals.
 */
@Named
@ViewScoped
public class OperationsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @EJB private transient OperationsQueries queries;

  private Map<String, Long> counts;
  private String chart;
  private List<OperationsQueries.DayTotal> totals;
  private List<PaymentTransaction> transactions;
  private List<RefusalRecord> refusals;
  private String state;
  private String xid;

  @PostConstruct
  void load() {
    counts = queries.countsByState();
    chart = OperationsChart.json(queries.authorisationsPerHour(24));
    totals = queries.totalsPerDay(14);
    refusals = queries.refusals(20);
    transactions = queries.latest(null, 50);
  }

  /** Shows the transactions of the chosen state (all when none). */
  public void filter() {
    xid = null;
    transactions = queries.latest(state, 50);
  }

  /** Finds the transactions of the XID typed in (hexadecimal). */
  public void search() {
    String hex = xid == null ? "" : xid.strip().replace(" ", "");
    byte[] id;
    try {
      id = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      id = new byte[0];
    }
    if (id.length == 0 || id.length > 64) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "search:xid",
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  "Not an XID",
                  "An XID is written in hexadecimal, e.g. 3F2A…; copy it from a merchant's"
                      + " order."));
      return;
    }
    transactions = queries.byXid(id);
    if (transactions.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, "No transaction", "No transaction has that XID."));
    }
  }

  public String hex(byte[] b) {
    return b == null ? "" : HexFormat.of().withUpperCase().formatHex(b);
  }

  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /** An amount in minor units shown in major units with its currency. */
  public String money(long minor, int exp10, String currency) {
    return BigDecimal.valueOf(minor, -exp10).toPlainString() + " " + currency;
  }

  public String money2(long minor, String currency) {
    return money(
        minor, -java.util.Currency.getInstance(currency).getDefaultFractionDigits(), currency);
  }

  public List<String> getStates() {
    return List.copyOf(counts.keySet());
  }

  public Map<String, Long> getCounts() {
    return counts;
  }

  public String getChart() {
    return chart;
  }

  public List<OperationsQueries.DayTotal> getTotals() {
    return totals;
  }

  public List<PaymentTransaction> getTransactions() {
    return transactions;
  }

  public List<RefusalRecord> getRefusals() {
    return refusals;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getXid() {
    return xid;
  }

  public void setXid(String xid) {
    this.xid = xid;
  }
}
