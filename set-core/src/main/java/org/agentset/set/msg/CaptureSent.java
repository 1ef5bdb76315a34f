package org.agentset.set.msg;

import java.util.List;
import org.agentset.set.asn1.gateway.CapItem;
import org.agentset.set.asn1.msg.MessageWrapper;

/** The merchant's CapReq and the items CapRes must answer, by RRPID. */
public final class CaptureSent {

  private final MessageWrapper message;
  final byte[] rrpid;
  final List<CapItem> items;

  CaptureSent(MessageWrapper message, byte[] rrpid, List<CapItem> items) {
    this.message = message;
    this.rrpid = rrpid;
    this.items = List.copyOf(items);
  }

  /** The CapReq to send to the gateway. */
  public MessageWrapper message() {
    return message;
  }
}
