package org.agentset.set.msg;

import java.util.Objects;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.purchase.HODInput;

/**
 * The "SET initiation" both cardholder and merchant hold before the purchase starts, agreed outside
 * SET (in AgentSET, by the agents on the negotiation server, SET-PROTOCOL.md §3.1): the order
 * description, the amount, the brand, the merchant's local ID for the order and the cardholder's
 * language. HOD binds exactly the description and amount (what the wallet shows the user before the
 * dual signature).
 *
 * @param orderDescription OD, as agreed (1 to 65536 bytes)
 * @param amount PurchAmt
 * @param brandId the card brand, e.g. {@code AgentCard}
 * @param localIdM LID-M, or null
 * @param language the cardholder's language (RFC 1766 tag)
 */
public record PurchaseOrder(
    byte[] orderDescription,
    CurrencyAmount amount,
    String brandId,
    byte[] localIdM,
    String language) {

  public PurchaseOrder {
    orderDescription = Objects.requireNonNull(orderDescription, "orderDescription").clone();
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(brandId, "brandId");
    localIdM = localIdM == null ? null : localIdM.clone();
    Objects.requireNonNull(language, "language");
    if (orderDescription.length == 0 || orderDescription.length > HODInput.OD_MAX) {
      throw new IllegalArgumentException("order description length outside 1.." + HODInput.OD_MAX);
    }
  }

  @Override
  public byte[] orderDescription() {
    return orderDescription.clone();
  }

  @Override
  public byte[] localIdM() {
    return localIdM == null ? null : localIdM.clone();
  }

  /** HODInput = {OD, PurchAmt, ODSalt}. */
  HODInput hodInput(byte[] odSalt) {
    return new HODInput(orderDescription, amount, odSalt, null, null);
  }

  @Override
  public String toString() {
    return "PurchaseOrder[" + amount.toBigDecimal() + " " + amount.getCurrency() + "]";
  }
}
