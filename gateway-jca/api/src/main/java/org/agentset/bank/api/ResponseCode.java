package org.agentset.bank.api;

import java.util.Optional;

/**
 * The ISO 8583:1987 response codes (field 39) the embedded issuer answers with. An external host
 * may answer others; {@link BankResult#responseCode()} always carries the code as received.
 */
public enum ResponseCode {
  APPROVED("00"),
  DO_NOT_HONOUR("05"),
  INVALID_TRANSACTION("12"),
  INVALID_AMOUNT("13"),
  INVALID_CARD_NUMBER("14"),
  UNABLE_TO_LOCATE_ORIGINAL("25"),
  FORMAT_ERROR("30"),
  STOLEN_CARD("43"),
  INSUFFICIENT_FUNDS("51"),
  EXPIRED_CARD("54"),
  /** The TransStain does not verify, or the issuer holds no CardSecret for the certificate. */
  SECURITY_VIOLATION("63"),
  ISSUER_UNAVAILABLE("91"),
  DUPLICATE_TRANSMISSION("94"),
  SYSTEM_MALFUNCTION("96");

  private final String code;

  ResponseCode(String code) {
    this.code = code;
  }

  /** The two characters of field 39. */
  public String code() {
    return code;
  }

  /** The code with these two characters, if it is one of the listed ones. */
  public static Optional<ResponseCode> of(String code) {
    for (ResponseCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
