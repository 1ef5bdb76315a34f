package org.agentset.db.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity discount tier: from {@code minQuantity} units, the list price less {@code percent}.
 */
@Entity
@Table(schema = "merchant", name = "quantity_discount")
public class QuantityDiscount implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Primary key: product and threshold. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "min_quantity")
    private int minQuantity;

    protected Key() {}

    Key(Long productId, int minQuantity) {
      this.productId = productId;
      this.minQuantity = minQuantity;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(productId, k.productId)
          && minQuantity == k.minQuantity;
    }

    @Override
    public int hashCode() {
      return Objects.hash(productId, minQuantity);
    }
  }

  @EmbeddedId private Key key;

  @MapsId("productId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal percent;

  protected QuantityDiscount() {}

  public QuantityDiscount(Product product, int minQuantity, BigDecimal percent) {
    this.key = new Key(product.getId(), minQuantity);
    this.product = product;
    this.percent = percent;
  }

  public int getMinQuantity() {
    return key.minQuantity;
  }

  public BigDecimal getPercent() {
    return percent;
  }
}
