package org.agentset.merchant.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.infra.MerchantConfig;
import org.agentset.merchant.order.OrderService;
import org.agentset.merchant.set.CredentialStore;

/**
 * Backs {@code order.xhtml?id=}: the order, the SET initiation data the customer's wallet needs,
 * and the payment state, refreshed while the page is open. The order id is a random UUID: only
 * whoever placed the order has the link.
 */
@Named
@ViewScoped
public class OrderView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient OrderService orders;
  @EJB private transient CredentialStore credentials;
  @Inject private transient MerchantConfig config;

  private String id;
  private PurchaseOrder order;
  private boolean paymentsOpen;

  public void load() {
    UUID uuid;
    try {
      uuid = UUID.fromString(id == null ? "" : id);
    } catch (IllegalArgumentException e) {
      uuid = null;
    }
    order = uuid == null ? null : orders.find(uuid).orElse(null);
    if (order == null) {
      ShopPage.notFound("There is no order “" + (id == null ? "" : id) + "”.");
      return;
    }
    paymentsOpen = credentials.paymentsOpen(order.getMerchant().getCode());
  }

  /** Re-reads the payment state, and whether the shop takes SET payments yet (the page polls). */
  public void refresh() {
    orders.find(order.getId()).ifPresent(o -> order = o);
    if (!paymentsOpen) {
      paymentsOpen = credentials.paymentsOpen(order.getMerchant().getCode());
    }
  }

  /**
   * Whether the shop takes SET payments: it holds the gateway's key-exchange certificate. Right
   * after deployment a shop may sign its orders before it does; the page then says payments are
   * opening instead of offering a link the wallet would be refused on.
   */
  public boolean isPaymentsOpen() {
    return paymentsOpen;
  }

  public boolean isOpen() {
    return order.getStatus() == PurchaseOrder.Status.AWAITING_PAYMENT;
  }

  /**
   * The link that hands the signed SetInitiation to the customer's wallet ({@code GET
   * <wallet>/pay?initiation=<base64url>}; the wallet shows the order and the customer pays there),
   * or null while the shop cannot sign one yet or does not take SET payments yet.
   */
  public String getWalletLink() {
    byte[] signed = order.getSetInitiation();
    if (signed == null || !paymentsOpen) {
      return null;
    }
    return WALLET
        + "/pay?initiation="
        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }

  /** Where the customer's wallet listens: {@code agentset.merchant.wallet-url}. */
  private static final String WALLET =
      System.getProperty(
          "agentset.merchant.wallet-url",
          System.getenv().getOrDefault("AGENTSET_MERCHANT_WALLET_URL", "http://127.0.0.1:8765"));

  /** The wallet's address for the help text ({@code agentset.merchant.wallet-url}). */
  public String getWalletUrl() {
    return WALLET + "/";
  }

  public String getSetEndpoint() {
    return config.settings().setEndpoint().toString();
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
}
