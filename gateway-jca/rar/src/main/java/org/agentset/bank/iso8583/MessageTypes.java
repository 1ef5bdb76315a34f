package org.agentset.bank.iso8583;

/**
 * The ISO 8583:1987 message type indicators AgentSET uses, as j8583 holds them: the four digits
 * read as a hexadecimal number ({@code 0x100} is "0100").
 */
public final class MessageTypes {

  /** Authorisation request. */
  public static final int AUTHORISATION = 0x100;

  /** Issuer file update request: the cardholder CA hands the issuer a CardSecret (file SETCSEC). */
  public static final int FILE_UPDATE = 0x302;

  /** Financial transaction advice: captures and refunds. */
  public static final int ADVICE = 0x220;

  /** Acquirer reversal request. */
  public static final int REVERSAL = 0x400;

  /** Acquirer reversal advice: how an unanswered reversal is repeated. */
  public static final int REVERSAL_ADVICE = 0x420;

  /** Network management request. */
  public static final int NETWORK = 0x800;

  private MessageTypes() {}

  /** The response type of a request type (0100 → 0110). */
  public static int responseTo(int requestType) {
    return requestType + 0x10;
  }

  /** Whether {@code type} is one AgentSET sends as a request. */
  public static boolean isRequest(int type) {
    return type == AUTHORISATION
        || type == FILE_UPDATE
        || type == ADVICE
        || type == REVERSAL
        || type == REVERSAL_ADVICE
        || type == NETWORK;
  }

  /** The four digits, e.g. "0100". */
  public static String text(int type) {
    return String.format("%04x", type);
  }

  /**
   * Parses four digits ("0100").
   *
   * @throws IllegalArgumentException when the text is not four decimal digits
   */
  public static int parse(String text) {
    if (text == null || !text.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a message type is four digits");
    }
    return Integer.parseInt(text, 16);
  }
}
