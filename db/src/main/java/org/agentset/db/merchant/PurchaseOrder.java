package org.agentset.db.merchant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order: opened by the storefront's checkout or by a merchant agent's agreed terms, paid with
 * SET. {@code lidM} is SET's LocalID-M; {@code xid} the SET transaction id once the wallet has
 * started the purchase, by which every party's records of it are found.
 */
@Entity
@Table(schema = "merchant", name = "purchase_order")
public class PurchaseOrder implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the order came from. */
  public enum Source {
    STOREFRONT,
    AGENT
  }

  /** Payment state. */
  public enum Status {
    AWAITING_PAYMENT,
    AUTHORISED,
    CAPTURED,
    DECLINED,
    FAILED,
    EXPIRED,
    REFUNDED
  }

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "merchant_id")
  private Merchant merchant;

  @Column(name = "lid_m", nullable = false, unique = true, length = 32)
  private String lidM;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Status status;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "order_description", nullable = false, length = 4000)
  private String orderDescription;

  @Column(name = "agreement_ref", length = 128)
  private String agreementRef;

  @Column(name = "callback_url", length = 512)
  private String callbackUrl;

  @Column(name = "customer_name", length = 128)
  private String customerName;

  @Column(name = "customer_email", length = 254)
  private String customerEmail;

  @Column(name = "shipping_address", length = 512)
  private String shippingAddress;

  @Column(length = 512)
  private String reason;

  @Column(unique = true)
  private byte[] xid;

  @Column(name = "set_initiation")
  private byte[] setInitiation;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(
      mappedBy = "order",
      fetch = FetchType.EAGER,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  protected PurchaseOrder() {}

  public PurchaseOrder(
      UUID id,
      Merchant merchant,
      String lidM,
      Source source,
      BigDecimal amount,
      String orderDescription,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.merchant = merchant;
    this.lidM = lidM;
    this.source = source;
    this.status = Status.AWAITING_PAYMENT;
    this.amount = amount;
    this.currency = merchant.getCurrency();
    this.orderDescription = orderDescription;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.updatedAt = createdAt;
  }

  /** Adds a line, numbered in order. */
  public void addLine(Product product, int quantity, BigDecimal unitPrice) {
    lines.add(new OrderLine(this, lines.size() + 1, product, quantity, unitPrice));
  }

  /** Moves to {@code next} with the reason (null when none), at {@code when}. */
  public void moveTo(Status next, String why, Instant when) {
    this.status = next;
    this.reason = why;
    this.updatedAt = when;
  }

  public UUID getId() {
    return id;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public String getLidM() {
    return lidM;
  }

  public Source getSource() {
    return source;
  }

  public Status getStatus() {
    return status;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getOrderDescription() {
    return orderDescription;
  }

  public String getAgreementRef() {
    return agreementRef;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  /** Sets what a merchant agent's order carries: its agreement and where events go. */
  public void setAgentTerms(String agreementRef, String callbackUrl) {
    this.agreementRef = agreementRef;
    this.callbackUrl = callbackUrl;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public String getShippingAddress() {
    return shippingAddress;
  }

  /** Sets the storefront customer's contact and delivery details. */
  public void setCustomer(String name, String email, String address) {
    this.customerName = name;
    this.customerEmail = email;
    this.shippingAddress = address;
  }

  public String getReason() {
    return reason;
  }

  public byte[] getXid() {
    return xid == null ? null : xid.clone();
  }

  public void setXid(byte[] xid) {
    this.xid = xid == null ? null : xid.clone();
  }

  /** The merchant-signed SetInitiation (DER), or null while the merchant is not enrolled. */
  public byte[] getSetInitiation() {
    return setInitiation == null ? null : setInitiation.clone();
  }

  public void setSetInitiation(byte[] signed) {
    this.setInitiation = signed == null ? null : signed.clone();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<OrderLine> getLines() {
    return lines;
  }
}
