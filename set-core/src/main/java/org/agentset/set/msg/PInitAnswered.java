package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.TransIDs;

/**
 * The merchant's signed PInitRes and what it must remember (in its order table, by XID) to check
 * the PReq that follows: the order, the TransIDs it assigned, both challenges, and the gateway
 * key-exchange certificate it told the cardholder to encrypt to.
 */
public final class PInitAnswered {

  private final MessageWrapper message;
  final PurchaseOrder order;
  final TransIDs transIds;
  final byte[] challC;
  final byte[] challM;
  final X509Certificate gatewayKeyExchange;

  PInitAnswered(
      MessageWrapper message,
      PurchaseOrder order,
      TransIDs transIds,
      byte[] challC,
      byte[] challM,
      X509Certificate gatewayKeyExchange) {
    this.message = message;
    this.order = order;
    this.transIds = transIds;
    this.challC = challC;
    this.challM = challM;
    this.gatewayKeyExchange = gatewayKeyExchange;
  }

  /** The PInitRes to send. */
  public MessageWrapper message() {
    return message;
  }

  /** The purchase's identifiers (XID is the key of the merchant's order record). */
  public TransIDs transIds() {
    return transIds;
  }
}
