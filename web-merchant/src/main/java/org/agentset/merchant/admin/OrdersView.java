package org.agentset.merchant.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HexFormat;
import java.util.List;
import org.agentset.db.merchant.PurchaseOrder;

/** Backs {@code admin/orders.xhtml}: the merchant's orders with their payment state and XID. */
@Named
@ViewScoped
public class OrdersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient BackOffice office;

  private String status;
  private List<PurchaseOrder> orders;

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    PurchaseOrder.Status s =
        status == null || status.isBlank() ? null : PurchaseOrder.Status.valueOf(status);
    orders = office.orders(s, 500);
  }

  /** The XID as the gateway's records show it (hex), or a dash. */
  public static String xid(PurchaseOrder o) {
    byte[] x = o.getXid();
    return x == null ? "—" : HexFormat.of().formatHex(x);
  }

  public List<PurchaseOrder.Status> getStatuses() {
    return List.of(PurchaseOrder.Status.values());
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }
}
