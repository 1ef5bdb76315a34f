package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An agreement a customer agent reached with a merchant agent, ranked by the customer's utility;
 * the selected one carries its order.
 */
@Entity
@Table(schema = "ans", name = "offer")
public class OfferRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "item")
  private int item;

  @Column(name = "rank")
  private int rank;

  @Column(name = "merchant")
  private String merchant;

  @Column(name = "sku")
  private String sku;

  @Column(name = "item_name")
  private String itemName;

  @Column(name = "quantity")
  private int quantity;

  @Column(name = "unit_price_minor")
  private long unitPriceMinor;

  @Column(name = "currency")
  private String currency;

  @Column(name = "delivery_days")
  private int deliveryDays;

  @Column(name = "utility")
  private double utility;

  @Column(name = "utility_price")
  private double utilityPrice;

  @Column(name = "utility_delivery")
  private double utilityDelivery;

  @Column(name = "utility_merchant")
  private double utilityMerchant;

  @Column(name = "rounds")
  private int rounds;

  @Column(name = "status")
  private String status;

  @Column(name = "explanation")
  private String explanation;

  @Column(name = "order_id")
  private String orderId;

  @Column(name = "lid_m")
  private String lidM;

  @Column(name = "xid")
  private String xid;

  @Column(name = "callback_token")
  private String callbackToken;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  protected OfferRecord() {}

  public OfferRecord(
      UUID agentId,
      int item,
      int rank,
      String merchant,
      String sku,
      String itemName,
      int quantity,
      long unitPriceMinor,
      String currency,
      int deliveryDays,
      double utility,
      int rounds,
      String status) {
    this.agentId = agentId;
    this.item = item;
    this.rank = rank;
    this.merchant = merchant;
    this.sku = sku;
    this.itemName = itemName;
    this.quantity = quantity;
    this.unitPriceMinor = unitPriceMinor;
    this.currency = currency;
    this.deliveryDays = deliveryDays;
    this.utility = utility;
    this.rounds = rounds;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public UUID getAgentId() {
    return agentId;
  }

  public int getItem() {
    return item;
  }

  public int getRank() {
    return rank;
  }

  public String getMerchant() {
    return merchant;
  }

  public String getSku() {
    return sku;
  }

  public String getItemName() {
    return itemName;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public int getDeliveryDays() {
    return deliveryDays;
  }

  public double getUtilityPrice() {
    return utilityPrice;
  }

  public double getUtilityDelivery() {
    return utilityDelivery;
  }

  public double getUtilityMerchant() {
    return utilityMerchant;
  }

  /** The utility's parts (price, delivery, merchant), each weighted. */
  public void setUtilityParts(double price, double delivery, double merchant) {
    this.utilityPrice = price;
    this.utilityDelivery = delivery;
    this.utilityMerchant = merchant;
  }

  public double getUtility() {
    return utility;
  }

  public int getRounds() {
    return rounds;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public String getOrderId() {
    return orderId;
  }

  public void setOrderId(String orderId) {
    this.orderId = orderId;
  }

  public String getLidM() {
    return lidM;
  }

  public void setLidM(String lidM) {
    this.lidM = lidM;
  }

  public String getXid() {
    return xid;
  }

  public void setXid(String xid) {
    this.xid = xid;
  }

  public String getCallbackToken() {
    return callbackToken;
  }

  public void setCallbackToken(String callbackToken) {
    this.callbackToken = callbackToken;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public void setOutcomeReason(String outcomeReason) {
    this.outcomeReason = outcomeReason;
  }
}
