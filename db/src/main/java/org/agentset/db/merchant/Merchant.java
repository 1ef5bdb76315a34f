package org.agentset.db.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A merchant hosted by the merchant server: its storefront identity and trading currency. */
@Entity
@Table(schema = "merchant", name = "merchant")
public class Merchant implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Column(nullable = false, length = 128)
  private String name;

  @Column(nullable = false, length = 256)
  private String tagline;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false, length = 32)
  private String brand;

  @Column(name = "lid_prefix", nullable = false, length = 4)
  private String lidPrefix;

  @Column(name = "capture_policy", nullable = false, length = 16)
  private String capturePolicy;

  protected Merchant() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getTagline() {
    return tagline;
  }

  public String getCurrency() {
    return currency;
  }

  public String getBrand() {
    return brand;
  }

  /** Prefix of this merchant's LID-M order references, e.g. {@code NB}. */
  public String getLidPrefix() {
    return lidPrefix;
  }

  /** {@code IMMEDIATE} (capture with the authorisation) or {@code BATCH} (from the back office). */
  public String getCapturePolicy() {
    return capturePolicy;
  }

  public void setCapturePolicy(String capturePolicy) {
    this.capturePolicy = capturePolicy;
  }
}
