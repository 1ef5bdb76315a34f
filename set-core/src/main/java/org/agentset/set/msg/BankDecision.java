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
}
