package org.agentset.db.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A merchant's product category, e.g. "Maps &amp; atlases"; {@code motif} picks its image style.
 */
@Entity
@Table(schema = "merchant", name = "category")
public class Category implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "merchant_id")
  private Merchant merchant;

  @Column(nullable = false, length = 32)
  private String slug;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 16)
  private String motif;

  protected Category() {}

  public Long getId() {
    return id;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public String getMotif() {
    return motif;
  }
}
