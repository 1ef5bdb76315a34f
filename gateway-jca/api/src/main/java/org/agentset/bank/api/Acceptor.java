package org.agentset.bank.api;

import java.util.Objects;

/**
 * Where the card was accepted: the card acceptor terminal (field 41), the card acceptor, i.e. the
 * merchant (field 42), and the merchant category code (field 18). The terminal is part of every
 * message's identity (terminal, trace number, transmission time), so one merchant's terminals
 * never collide.
 *
 * @param terminalId 1 to 8 printable ASCII characters
 * @param merchantId 1 to 15 printable ASCII characters
 * @param categoryCode the four-digit ISO 18245 merchant category code
 */
public record Acceptor(String terminalId, String merchantId, String categoryCode) {

  public Acceptor {
    terminalId = printable(terminalId, 8, "terminal id");
    merchantId = printable(merchantId, 15, "merchant id");
    Objects.requireNonNull(categoryCode, "category code");
    if (!categoryCode.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a merchant category code has four digits");
    }
  }

  private static String printable(String value, int max, String what) {
    Objects.requireNonNull(value, what);
    String v = value.strip();
    if (v.isEmpty() || v.length() > max || !v.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(what + " must be 1 to " + max + " printable ASCII characters");
    }
    return v;
  }
}
