package org.agentset.merchant.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.agentset.db.merchant.Merchant;
import org.agentset.db.merchant.PurchaseOrder;

/** Backs {@code admin/index.xhtml}: the merchant's numbers, sales chart and capture policy. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient BackOffice office;

  private Merchant merchant;
  private Map<PurchaseOrder.Status, Long> counts;
  private String chart;
  private BigDecimal sales14;
  private String capturePolicy;
  private List<PurchaseOrder> recent;
  private String enrolment;

  @PostConstruct
  void load() {
    merchant = office.merchant();
    counts = office.countsByStatus();
    var perDay = office.salesPerDay(14);
    sales14 = perDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    chart = SalesChart.json(perDay, merchant.getCurrency());
    capturePolicy = merchant.getCapturePolicy();
    recent = office.orders(null, 8);
    enrolment = office.enrolment();
  }

  public void saveCapturePolicy() {
    office.capturePolicy(capturePolicy);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                "Capture policy saved",
                "IMMEDIATE".equals(capturePolicy)
                    ? "New authorizations are captured at once."
                    : "Authorizations wait for a capture batch."));
  }

  public long count(String status) {
    return counts.get(PurchaseOrder.Status.valueOf(status));
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public String getChart() {
    return chart;
  }

  public BigDecimal getSales14() {
    return sales14;
  }

  public String getCapturePolicy() {
    return capturePolicy;
  }

  public void setCapturePolicy(String capturePolicy) {
    this.capturePolicy = capturePolicy;
  }

  public String getEnrolment() {
    return enrolment;
  }

  public List<PurchaseOrder> getRecent() {
    return recent;
  }
}
