package org.agentset.merchant.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.agentset.db.merchant.PurchaseOrder;
import org.agentset.merchant.order.OrderRefused;
import org.agentset.merchant.order.OrderService;

/**
 * Backs {@code checkout.xhtml}: the customer's name, e-mail and delivery address, then the order is
 * opened (stock reserved) and the customer goes on to pay it with the SET wallet.
 */
@Named
@ViewScoped
public class CheckoutView extends ShopPage {

  private static final long serialVersionUID = 1L;

  @Inject private Cart cart;
  @EJB private transient OrderService orders;

  private String name;

  private String email;

  private String address;

  public void load() {
    if (loadShop() && cart.count(getMerchant().getCode()) == 0) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN, "Your cart is empty", "Add something first."));
    }
  }

  public String placeOrder() {
    String shop = getMerchant().getCode();
    List<OrderService.Request> lines =
        cart.lines(shop).stream()
            .map(e -> new OrderService.Request(e.getKey(), e.getValue(), null))
            .toList();
    try {
      PurchaseOrder order =
          orders.placeStorefrontOrder(
              getMerchant(), lines, name.strip(), email.strip(), address.strip());
      cart.clear(shop);
      return "/order.xhtml?faces-redirect=true&id=" + order.getId();
    } catch (OrderRefused e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, "The order could not be placed", e.getMessage()));
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
