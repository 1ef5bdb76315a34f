package org.agentset.ans.customer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An agent as the API and the pages show it: its record, its mandate's terms, its selections. */
public record AgentView(
    String agentId,
    String customer,
    String mandateId,
    String mode,
    String state,
    String stateReason,
    Instant createdAt,
    Instant updatedAt,
    Instant deadline,
    String currency,
    long budgetMinor,
    List<Line> lines)
    implements Serializable {

  /** One mandate line: what was asked, and the selected agreement with its order, if any. */
  public record Line(
      int item,
      String request,
      int quantity,
      long maxUnitPriceMinor,
      String merchant,
      String sku,
      String itemName,
      long unitPriceMinor,
      int deliveryDays,
      String status,
      String explanation,
      String orderId,
      String lidM,
      String xid,
      String outcomeReason)
      implements Serializable {}
}
