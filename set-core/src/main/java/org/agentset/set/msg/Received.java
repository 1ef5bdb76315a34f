package org.agentset.set.msg;

import org.agentset.set.asn1.msg.MessageHeader;
import org.agentset.set.asn1.msg.MessageWrapper;

/**
 * A message that passed the front door ({@link Wire#receive}): strict DER, the expected type, the
 * party's suite, no unknown critical extension, a fresh header.
 *
 * @param wrapper the whole message
 * @param body its body, of the expected type
 */
public record Received<T>(MessageWrapper wrapper, T body) {

  public MessageHeader header() {
    return wrapper.getMessageHeader();
  }
}
