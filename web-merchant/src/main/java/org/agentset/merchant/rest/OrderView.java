package org.agentset.merchant.rest;

import java.math.BigDecimal;
import java.util.Base64;
import org.agentset.db.merchant.OrderLine;
import org.agentset.db.merchant.PurchaseOrder;

/** An agent order as the API returns it. */
public record OrderView(
    String orderId,
    String lidM,
    String merchant,
    String sku,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    String currency,
    String brand,
    String orderDescription,
    String agreementRef,
    String status,
    String reason,
    String xid,
    String createdAt,
    String expiresAt,
    String setEndpoint,
    String setInitiation,
    String setInitiationStatus) {

  static OrderView of(PurchaseOrder o, String setEndpoint, String setInitiation, String why) {
    OrderLine line = o.getLines().get(0);
    return new OrderView(
        o.getId().toString(),
        o.getLidM(),
        o.getMerchant().getCode(),
        line.getSku(),
        line.getQuantity(),
        line.getUnitPrice(),
        o.getAmount(),
        o.getCurrency(),
        o.getMerchant().getBrand(),
        o.getOrderDescription(),
        o.getAgreementRef(),
        o.getStatus().name(),
        o.getReason(),
        o.getXid() == null ? null : Base64.getEncoder().encodeToString(o.getXid()),
        o.getCreatedAt().toString(),
        o.getExpiresAt().toString(),
        setEndpoint,
        setInitiation,
        why);
  }
}
