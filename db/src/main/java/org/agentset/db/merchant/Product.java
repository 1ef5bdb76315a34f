package org.agentset.db.merchant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A product of one merchant with the parameters its merchant agent negotiates within: list price,
 * floor price (the lowest unit price the agent may agree to), quantity discounts, stock and
 * delivery days.
 */
@Entity
@Table(schema = "merchant", name = "product")
public class Product implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "merchant_id")
  private Merchant merchant;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(nullable = false, unique = true, length = 32)
  private String sku;

  @Column(nullable = false, length = 128)
  private String name;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal listPrice;

  @Column(name = "floor_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal floorPrice;

  @Column(nullable = false)
  private int stock;

  @Column(name = "delivery_days", nullable = false)
  private int deliveryDays;

  @Column(name = "image_hue", nullable = false)
  private int imageHue;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  @OneToMany(
      mappedBy = "product",
      fetch = FetchType.EAGER,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  private List<QuantityDiscount> discounts = new ArrayList<>();

  protected Product() {}

  public Long getId() {
    return id;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public Category getCategory() {
    return category;
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

  public int getImageHue() {
    return imageHue;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** Quantity discount tiers, lowest threshold first. */
  public List<QuantityDiscount> getDiscounts() {
    return discounts.stream()
        .sorted(java.util.Comparator.comparingInt(QuantityDiscount::getMinQuantity))
        .toList();
  }
}
