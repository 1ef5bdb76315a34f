package org.agentset.set.msg;

import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.gateway.GatewayReceiptData;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.purchase.CompletionCode;

/**
 * What the cardholder learned from a verified PRes or InqRes. When the merchant reports an
 * authorization, {@code receipt} is the gateway's own signed statement of it, already checked
 * against the cardholder's XID, HOD and merchant: the proof of payment the agent layer may keep.
 *
 * @param completionCode how far the merchant got
 * @param authCode the gateway's outcome, or null before authorization
 * @param authorisedAmount the authorized amount, or null before authorization
 * @param receipt the verified gateway receipt, or null before authorization
 */
public record PurchaseOutcome(
    CompletionCode completionCode,
    AuthCode authCode,
    CurrencyAmount authorisedAmount,
    GatewayReceiptData receipt) {}
