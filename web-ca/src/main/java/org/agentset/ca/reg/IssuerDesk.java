package org.agentset.ca.reg;

import jakarta.resource.ResourceException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.logging.Logger;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.api.CardNumber;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.ResponseCode;
import org.agentset.ca.issue.Serials;
import org.agentset.set.asn1.reg.CertStatusCode;
import org.agentset.set.reg.CardVerdict;

/**
 * The cardholder CA's line to the card issuers: hands the issuer the CardSecret of each cardholder
 * certificate it issues (an ISO 8583 issuer file update over the bank network, {@link
 * BankConnection#registerCardSecret}), so that the issuer can verify the TransStain of every
 * purchase made under that certificate. The issuer's refusal, or no answer, means no certificate: a
 * certificate whose purchases the issuer cannot verify would only produce declines. The certificate
 * was already issued in the request's transaction, so a refusal also marks that transaction for
 * rollback.
 */
final class IssuerDesk {

  private static final Logger LOG = Logger.getLogger(IssuerDesk.class.getName());

  private final BankConnectionFactory bank;
  private final Runnable undoIssuance;

  /**
   * @param undoIssuance marks the request's transaction for rollback
   */
  IssuerDesk(BankConnectionFactory bank, Runnable undoIssuance) {
    this.bank = bank;
    this.undoIssuance = undoIssuance;
  }

  /** Empty when the issuer holds the secret; else why the certificate cannot be given. */
  Optional<CardVerdict> handOver(
      X509Certificate cardholder, String pan, YearMonth expiry, byte[] cardSecret) {
    CardSecretRegistration registration =
        new CardSecretRegistration(
            CardNumber.of(pan), expiry, cardholder.getSerialNumber(), cardSecret);
    Optional<CardVerdict> verdict = verdict(registration);
    verdict.ifPresent(v -> undoIssuance.run());
    return verdict;
  }

  /**
   * The issuer's field 39, asking on a second connection when the first gave no answer (a pooled
   * link the issuer host had closed): a registration is safe to repeat.
   */
  private String send(CardSecretRegistration registration) throws ResourceException {
    try (BankConnection c = bank.getConnection()) {
      return c.registerCardSecret(registration);
    } catch (ResourceException first) {
      LOG.fine(() -> "CardSecret registration repeated on a new connection: " + first.getMessage());
      try (BankConnection c = bank.getConnection()) {
        return c.registerCardSecret(registration);
      }
    }
  }

  private Optional<CardVerdict> verdict(CardSecretRegistration registration) {
    BigInteger serial = registration.cardholderSerial();
    String code;
    try {
      code = send(registration);
    } catch (ResourceException e) {
      LOG.warning(
          () ->
              "The card issuer did not answer for certificate "
                  + Serials.of(serial)
                  + ": "
                  + e.getMessage());
      return Optional.of(
          new CardVerdict(
              CertStatusCode.REJECTED_BY_ISSUER,
              "Your card's issuer could not be reached to confirm the registration; nothing was"
                  + " issued. Please try again in a few minutes."));
    }
    if (ResponseCode.APPROVED.code().equals(code)) {
      return Optional.empty();
    }
    LOG.warning(
        () ->
            "The card issuer answered "
                + code
                + " for certificate "
                + Serials.of(serial)
                + " ("
                + registration.card()
                + ")");
    return Optional.of(
        new CardVerdict(
            CertStatusCode.REJECTED_BY_ISSUER,
            ResponseCode.INVALID_CARD_NUMBER.code().equals(code)
                ? "Your card's issuer does not know this card number: check it and try again."
                : "Your card's issuer declined the registration (response code " + code + ")."));
  }
}
