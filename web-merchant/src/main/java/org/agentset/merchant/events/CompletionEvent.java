package org.agentset.merchant.events;

import java.math.BigDecimal;

/**
 * The JSON body POSTed to a merchant agent's callback URL when an order's payment completes or
 * fails (step III of the design). {@code outcome}: AUTHORISED, CAPTURED, DECLINED or FAILED.
 */
public record CompletionEvent(
    String eventId,
    String merchant,
    String orderId,
    String lidM,
    String xid,
    String agreementRef,
    String outcome,
    String reason,
    BigDecimal amount,
    String currency,
    String occurredAt) {}
