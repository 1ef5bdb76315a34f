package org.agentset.merchant.admin;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.settlement.Money;
import org.agentset.merchant.settlement.RefundOutcome;
import org.agentset.merchant.settlement.RefundRefused;
import org.agentset.merchant.settlement.RefundService;
import org.agentset.merchant.web.ShopPage;

/**
 * Backs {@code admin/order.xhtml?id=}: one of the merchant's orders with its capture and refunds,
 * and the refund form (full or partial; never above what is left of the capture — the page says why
 * a refund was refused, by this server or by the gateway).
 */
@Named
@ViewScoped
public class OrderAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient BackOffice office;
  @EJB private transient RefundService refunds;

  private String id;
  private PurchaseOrder order;
  private BackOffice.Payment payment;
  private BigDecimal amount;
  private RefundOutcome last;

  public void load() {
    UUID uuid;
    try {
      uuid = UUID.fromString(id == null ? "" : id);
    } catch (IllegalArgumentException e) {
      uuid = null;
    }
    order = uuid == null ? null : office.order(uuid);
    if (order == null) {
      ShopPage.notFound("Your shop has no order “" + (id == null ? "" : id) + "”.");
      return;
    }
    read();
    amount = BigDecimal.valueOf(payment.refundableMinor(), 2);
  }

  private void read() {
    order = office.order(order.getId());
    payment = office.payment(order.getId());
  }

  /** Sends the refund and shows what became of it. */
  public void refund() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      last =
          refunds.refund(
              office.merchant().getCode(), order.getId(), Money.minor(amount), office.operator());
      FacesMessage.Severity s =
          switch (last.result()) {
            case REFUNDED -> FacesMessage.SEVERITY_INFO;
            case REFUSED -> FacesMessage.SEVERITY_ERROR;
            case UNKNOWN -> FacesMessage.SEVERITY_WARN;
          };
      faces.addMessage(
          null,
          new FacesMessage(
              s,
              switch (last.result()) {
                case REFUNDED -> "Refunded " + Money.format(last.amountMinor());
                case REFUSED -> "Refund refused by the gateway";
                case UNKNOWN -> "Refund outcome unknown";
              },
              last.detail()));
    } catch (RefundRefused e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Refund not sent", e.getMessage()));
    }
    read();
    amount = BigDecimal.valueOf(payment.refundableMinor(), 2);
  }

  /** An amount in cents as the page shows it. */
  public String money(long minor) {
    return Money.format(minor);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PurchaseOrder getOrder() {
    return order;
  }

  public BackOffice.Payment getPayment() {
    return payment;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  /** Whether a refund can be asked for now. */
  public boolean isRefundable() {
    return payment != null
        && "CAPTURED".equals(payment.captureState())
        && payment.refundableMinor() > 0;
  }

  public String getXid() {
    return OrdersView.xid(order);
  }
}
