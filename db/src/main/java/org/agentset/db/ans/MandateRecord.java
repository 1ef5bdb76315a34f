package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's signed mandate as received (its sealed tokens open only with keys the wallet
 * keeps), and its terms.
 */
@Entity
@Table(schema = "ans", name = "mandate")
public class MandateRecord {

  @Id
  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "mandate_id")
  private String mandateId;

  @Column(name = "signed_der")
  private byte[] signedDer;

  @Column(name = "wallet_certificate")
  private byte[] walletCertificate;

  @Column(name = "terms_json")
  private String termsJson;

  @Column(name = "currency")
  private String currency;

  @Column(name = "max_unit_minor")
  private long maxUnitMinor;

  @Column(name = "budget_minor")
  private long budgetMinor;

  @Column(name = "not_before")
  private Instant notBefore;

  @Column(name = "not_after")
  private Instant notAfter;

  protected MandateRecord() {}

  public MandateRecord(
      UUID agentId,
      String mandateId,
      byte[] signedDer,
      byte[] walletCertificate,
      String termsJson,
      String currency,
      long maxUnitMinor,
      long budgetMinor,
      Instant notBefore,
      Instant notAfter) {
    this.agentId = agentId;
    this.mandateId = mandateId;
    this.signedDer = signedDer;
    this.walletCertificate = walletCertificate;
    this.termsJson = termsJson;
    this.currency = currency;
    this.maxUnitMinor = maxUnitMinor;
    this.budgetMinor = budgetMinor;
    this.notBefore = notBefore;
    this.notAfter = notAfter;
  }

  public UUID getAgentId() {
    return agentId;
  }

  public String getMandateId() {
    return mandateId;
  }

  public byte[] getSignedDer() {
    return signedDer;
  }

  public byte[] getWalletCertificate() {
    return walletCertificate;
  }

  public String getTermsJson() {
    return termsJson;
  }

  public String getCurrency() {
    return currency;
  }

  public long getMaxUnitMinor() {
    return maxUnitMinor;
  }

  public long getBudgetMinor() {
    return budgetMinor;
  }

  public Instant getNotBefore() {
    return notBefore;
  }

  public Instant getNotAfter() {
    return notAfter;
  }
}
