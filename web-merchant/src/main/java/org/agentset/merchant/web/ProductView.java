package org.agentset.merchant.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.agentset.db.merchant.Product;
import org.agentset.merchant.catalogue.Catalogue;
import org.agentset.merchant.catalogue.Pricing;

/** Backs {@code product.xhtml}: one product ({@code ?m=&sku=}) and "add to cart". */
@Named
@ViewScoped
public class ProductView extends ShopPage {

  private static final long serialVersionUID = 1L;

  @Inject private Cart cart;

  private String sku;
  private Product product;
  private Pricing pricing;
  private int quantity = 1;

  public void load() {
    if (!loadShop()) {
      return;
    }
    product = catalogue.product(getMerchant(), sku).filter(Product::isActive).orElse(null);
    if (product == null) {
      notFound(getMerchant().getName() + " has no product “" + (sku == null ? "" : sku) + "”.");
      return;
    }
    pricing = Catalogue.pricing(product);
  }

  /** Adds the chosen quantity, if in stock; the form's validators have checked the range. */
  public String addToCart() {
    FacesContext faces = FacesContext.getCurrentInstance();
    int inCart =
        cart.lines(getMerchant().getCode()).stream()
            .filter(e -> e.getKey().equals(product.getSku()))
            .mapToInt(e -> e.getValue())
            .sum();
    if (quantity + inCart > product.getStock()) {
      faces.addMessage(
          "buy:quantity",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Not enough stock",
              "Only "
                  + product.getStock()
                  + " in stock"
                  + (inCart > 0 ? " and " + inCart + " already in your cart." : ".")));
      return null;
    }
    cart.add(getMerchant().getCode(), product.getSku(), quantity);
    cart.notice(
        getMerchant().getCode(), quantity + " × " + product.getName() + " added to your cart.");
    return "/cart.xhtml?faces-redirect=true&m=" + getMerchant().getCode();
  }

  public List<Pricing.Tier> getTiers() {
    return pricing.tiers();
  }

  /** The unit price at {@code tier}'s quantity. */
  public BigDecimal priceAt(int qty) {
    return pricing.unitPriceFor(qty);
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Product getProduct() {
    return product;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }
}
