package org.agentset.db.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One SET authorisation as the payment gateway records it, keyed by XID and RRPID. The card number
 * is never held here: only a keyed hash and the last four digits.
 */
@Entity
@Table(schema = "gateway", name = "payment_transaction")
public class PaymentTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private byte[] xid;

  @Column(nullable = false)
  private byte[] rrpid;

  @Column(nullable = false, length = 16)
  private String state;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  protected PaymentTransaction() {}

  public Long getId() {
    return id;
  }

  public byte[] getXid() {
    return xid.clone();
  }

  public byte[] getRrpid() {
    return rrpid.clone();
  }

  public String getState() {
    return state;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }
}
