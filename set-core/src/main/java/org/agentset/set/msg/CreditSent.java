package org.agentset.set.msg;

import java.util.List;
import org.agentset.set.asn1.gateway.CredItem;
import org.agentset.set.asn1.msg.MessageWrapper;

/** The merchant's CredReq and the items CredRes must answer, by RRPID. */
public final class CreditSent {

  private final MessageWrapper message;
  final byte[] rrpid;
  final List<CredItem> items;

  CreditSent(MessageWrapper message, byte[] rrpid, List<CredItem> items) {
    this.message = message;
    this.rrpid = rrpid;
    this.items = List.copyOf(items);
  }

  /** The CredReq to send to the gateway. */
  public MessageWrapper message() {
    return message;
  }
}
