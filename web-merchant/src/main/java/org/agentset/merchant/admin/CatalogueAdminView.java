package org.agentset.merchant.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.agentset.db.merchant.Product;
import org.agentset.db.merchant.QuantityDiscount;

/**
 * Backs {@code admin/catalogue.xhtml}: the merchant's products and, for the one being edited, the
 * negotiation parameters its agent works within (list and floor price, discount tiers, stock,
 * delivery days).
 */
@Named
@ViewScoped
public class CatalogueAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient BackOffice office;

  private List<Product> products;
  private String sku;
  private String name;
  private String description;
  private BigDecimal listPrice;
  private BigDecimal floorPrice;
  private int stock;
  private int deliveryDays;
  private boolean active;
  private String tiers;

  @PostConstruct
  void load() {
    products = office.products();
  }

  public void edit(Product p) {
    sku = p.getSku();
    name = p.getName();
    description = p.getDescription();
    listPrice = p.getListPrice();
    floorPrice = p.getFloorPrice();
    stock = p.getStock();
    deliveryDays = p.getDeliveryDays();
    active = p.isActive();
    tiers =
        ProductRules.text(
            p.getDiscounts().stream()
                .map(d -> new int[] {d.getMinQuantity(), d.getPercent().intValue()})
                .toList());
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      office.save(
          sku,
          new BackOffice.ProductChange(
              name,
              description,
              listPrice,
              floorPrice,
              stock,
              deliveryDays,
              active,
              ProductRules.tiers(tiers)));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved", sku + " is updated."));
      sku = null;
      products = office.products();
    } catch (IllegalArgumentException | RejectedEdit | EJBException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not saved", cause.getMessage()));
      faces.validationFailed();
    }
  }

  public void cancel() {
    sku = null;
  }

  /** Discount tiers of a product as shown in the table. */
  public String tiersOf(Product p) {
    return ProductRules.text(
        p.getDiscounts().stream()
            .map((QuantityDiscount d) -> new int[] {d.getMinQuantity(), d.getPercent().intValue()})
            .toList());
  }

  public List<Product> getProducts() {
    return products;
  }

  public boolean isEditing() {
    return sku != null;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getListPrice() {
    return listPrice;
  }

  public void setListPrice(BigDecimal listPrice) {
    this.listPrice = listPrice;
  }

  public BigDecimal getFloorPrice() {
    return floorPrice;
  }

  public void setFloorPrice(BigDecimal floorPrice) {
    this.floorPrice = floorPrice;
  }

  public int getStock() {
    return stock;
  }

  public void setStock(int stock) {
    this.stock = stock;
  }

  public int getDeliveryDays() {
    return deliveryDays;
  }

  public void setDeliveryDays(int deliveryDays) {
    this.deliveryDays = deliveryDays;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getTiers() {
    return tiers;
  }

  public void setTiers(String tiers) {
    this.tiers = tiers;
  }
}
