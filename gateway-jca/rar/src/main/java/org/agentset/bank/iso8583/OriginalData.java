package org.agentset.bank.iso8583;

import java.util.Objects;

/**
 * Field 90, original data elements (n42): how a capture, refund or reversal names the message it
 * refers to. Layout: original MTI (4), original STAN (6), original transmission date and time
 * (10), acquiring institution id (11) and forwarding institution id (11). AgentSET is a single
 * acquirer talking directly to the issuer, so both institution ids are zeros.
 *
 * @param type the original message type, e.g. {@link MessageTypes#AUTHORISATION}
 * @param stan the original STAN, six digits
 * @param transmitted the original field 7, ten digits (MMDDhhmmss)
 */
public record OriginalData(int type, String stan, String transmitted) {

  private static final String NO_INSTITUTION = "0".repeat(11);

  public OriginalData {
    Objects.requireNonNull(stan, "stan");
    Objects.requireNonNull(transmitted, "transmitted");
    if (!stan.matches("[0-9]{6}") || !transmitted.matches("[0-9]{10}")) {
      throw new IllegalArgumentException("original STAN has 6 digits, transmission time 10");
    }
  }

  /** The 42 digits of field 90. */
  public String encode() {
    return MessageTypes.text(type) + stan + transmitted + NO_INSTITUTION + NO_INSTITUTION;
  }

  /**
   * Reads field 90.
   *
   * @throws Iso8583Exception when it is not 42 digits starting with a known message type
   */
  public static OriginalData parse(String field90) throws Iso8583Exception {
    if (field90 == null || !field90.matches("[0-9]{42}")) {
      throw new Iso8583Exception("field 90 (original data elements) must be 42 digits");
    }
    return new OriginalData(
        MessageTypes.parse(field90.substring(0, 4)), field90.substring(4, 10), field90.substring(10, 20));
  }
}
