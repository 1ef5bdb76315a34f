package org.agentset.db.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One line of an order, with the product's name and SKU as they were when ordered. */
@Entity
@Table(schema = "merchant", name = "order_line")
@IdClass(OrderLine.Key.class)
public class OrderLine implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Primary key: order and line number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID order;
    private int lineNo;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(order, k.order) && lineNo == k.lineNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(order, lineNo);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private PurchaseOrder order;

  @Id
  @Column(name = "line_no")
  private int lineNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(nullable = false, length = 32)
  private String sku;

  @Column(nullable = false, length = 128)
  private String name;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  protected OrderLine() {}

  OrderLine(PurchaseOrder order, int lineNo, Product product, int quantity, BigDecimal unitPrice) {
    this.order = order;
    this.lineNo = lineNo;
    this.product = product;
    this.sku = product.getSku();
    this.name = product.getName();
    this.quantity = quantity;
    this.unitPrice = unitPrice;
  }

  public int getLineNo() {
    return lineNo;
  }

  public Product getProduct() {
    return product;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  /** Quantity times unit price. */
  public BigDecimal getTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
