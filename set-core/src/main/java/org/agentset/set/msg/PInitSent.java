package org.agentset.set.msg;

import org.agentset.set.asn1.msg.MessageWrapper;

/**
 * The wallet's PInitReq and what it must remember until PInitRes arrives: the order, and the RRPID,
 * challenge and local ID the response must echo.
 */
public final class PInitSent {

  private final MessageWrapper message;
  final PurchaseOrder order;
  final byte[] rrpid;
  final byte[] challC;
  final byte[] lidC;

  PInitSent(MessageWrapper message, PurchaseOrder order, byte[] rrpid, byte[] challC, byte[] lidC) {
    this.message = message;
    this.order = order;
    this.rrpid = rrpid;
    this.challC = challC;
    this.lidC = lidC;
  }

  /** The PInitReq to send. */
  public MessageWrapper message() {
    return message;
  }
}
