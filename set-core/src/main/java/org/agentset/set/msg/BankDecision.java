package org.agentset.set.msg;

import java.util.Objects;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;

/**
 * The issuer's answer to an {@link AuthorisationRequest}, as the caller maps it from ISO 8583, to
 * build AuthRes with.
 *
 * @param authCode the outcome
 * @param authorisedAmount the amount authorized (at most the amount requested; zero if declined)
 * @param approvalCode the issuer's approval code (DE 38), or null
 * @param responseCode the network response code (DE 39, two digits), or null
 */
public record BankDecision(
    AuthCode authCode, CurrencyAmount authorisedAmount, String approvalCode, String responseCode) {

  public BankDecision {
    Objects.requireNonNull(authCode, "authCode");
    Objects.requireNonNull(authorisedAmount, "authorisedAmount");
  }

  /** An approval of {@code amount}. */
  public static BankDecision approved(CurrencyAmount amount, String approvalCode) {
    return new BankDecision(AuthCode.APPROVED, amount, approvalCode, "00");
  }

  /** A refusal with {@code code}, nothing authorized. */
  public static BankDecision declined(AuthCode code, CurrencyAmount requested, String response) {
    return new BankDecision(
        code,
        new CurrencyAmount(requested.getCurrency(), 0, requested.getAmtExp10()),
        null,
        response);
  }

  /**
   * The SET result for an issuer's ISO 8583 response code (field 39): 00 approves {@code requested}
   * in full; the others decline with the nearest AuthCode (54 expired card, 13 amount error, 12
   * invalid transaction, 91/96 system error, 01/02 call issuer, 63 — the issuer found the
   * TransStain wrong — PI authentication mismatch, anything else declined), keeping the response
   * code itself in AuthHeader for the merchant.
   *
   * @param responseCode two digits
   * @param approvalCode field 38 of an approval, else null
   * @throws IllegalArgumentException when the code is not two digits
   */
  public static BankDecision ofResponseCode(
      String responseCode, CurrencyAmount requested, String approvalCode) {
    if (responseCode == null || !responseCode.matches("[0-9A-Z]{2}")) {
      throw new IllegalArgumentException("an ISO 8583 response code has two characters");
    }
    if (responseCode.equals("00")) {
      return new BankDecision(AuthCode.APPROVED, requested, approvalCode, responseCode);
    }
    AuthCode code =
        switch (responseCode) {
          case "54" -> AuthCode.EXPIRED_CARD;
          case "13" -> AuthCode.AMOUNT_ERROR;
          case "12" -> AuthCode.INVALID_TRANSACTION;
          case "91", "96" -> AuthCode.SYSTEM_ERROR;
          case "01", "02" -> AuthCode.CALL_ISSUER;
          case "63" -> AuthCode.PI_AUTH_MISMATCH;
          default -> AuthCode.DECLINED;
        };
    return declined(code, requested, responseCode);
  }
}
