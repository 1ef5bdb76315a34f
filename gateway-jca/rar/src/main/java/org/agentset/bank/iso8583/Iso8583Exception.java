package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import java.util.Optional;

/**
 * A message that is not valid ISO 8583 under AgentSET's layouts. The message says what was wrong
 * and never echoes field contents (a PAN could be among them). When the bytes parsed but broke a
 * rule of the layout (a mandatory field missing, letters in a numeric field), the parsed message
 * is kept so that the issuer can still answer it with response code 30, format error.
 */
public class Iso8583Exception extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient IsoMessage parsed;

  public Iso8583Exception(String reason) {
    this(reason, null);
  }

  Iso8583Exception(String reason, IsoMessage parsed) {
    super(reason);
    this.parsed = parsed;
  }

  /** The message, when the bytes parsed and only a layout rule was broken. */
  public Optional<IsoMessage> parsedMessage() {
    return Optional.ofNullable(parsed);
  }
}
