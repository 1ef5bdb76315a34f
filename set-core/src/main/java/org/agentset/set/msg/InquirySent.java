package org.agentset.set.msg;

import org.agentset.set.asn1.msg.MessageWrapper;

/** The wallet's signed InqReq and the RRPID and Chall-C2 InqRes must echo. */
public final class InquirySent {

  private final MessageWrapper message;
  final PReqSent purchase;
  final byte[] rrpid;
  final byte[] challC2;

  InquirySent(MessageWrapper message, PReqSent purchase, byte[] rrpid, byte[] challC2) {
    this.message = message;
    this.purchase = purchase;
    this.rrpid = rrpid;
    this.challC2 = challC2;
  }

  /** The InqReq to send. */
  public MessageWrapper message() {
    return message;
  }
}
