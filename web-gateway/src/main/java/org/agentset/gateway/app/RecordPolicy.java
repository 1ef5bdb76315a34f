package org.agentset.gateway.app;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.Trace;
import org.agentset.db.gateway.PaymentTransaction;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.crypto.Hkdf;
import org.agentset.set.msg.AuthorisationRequest;

/**
 * How a verified SET request becomes the gateway's record and the bank's fields: the card number
 * only as HMAC-SHA256 under the gateway's PAN key plus its last four digits; the SET amount in the
 * currency's minor units (a SET amount whose exponent is not the currency's is refused); the
 * gateway's own terminal with the SET merchant ID as card acceptor.
 */
public final class RecordPolicy {

  private final byte[] panKey;
  private final String terminalId;
  private final String category;

  public RecordPolicy(byte[] panKey, String terminalId, String category) {
    this.panKey = panKey.clone();
    this.terminalId = terminalId;
    this.category = category;
  }

  /** The VERIFIED record of {@code r}, with the trace its authorisation will be sent under. */
  public PaymentTransaction record(
      AuthorisationRequest r, byte[] requestHash, Instant now, int stan) {
    CurrencyAmount a = r.amount();
    Currency currency = currency(a.getCurrency());
    PaymentTransaction t =
        new PaymentTransaction(
            r.xid(),
            r.authRrpid(),
            r.merchantId().getString(),
            minor(a),
            a.getAmtExp10(),
            currency.getCurrencyCode(),
            a.getCurrency(),
            requestHash,
            now);
    String pan = r.pan();
    t.card(panHash(pan), pan.substring(pan.length() - 4), r.transStain());
    t.authorisationTrace(
        terminalId, acceptorId(r.merchantId().getString()), stan, trace(stan, now).transmitted());
    t.moveTo("VERIFIED", now);
    return t;
  }

  /** The trace of a message sent now under {@code stan}. */
  public static Trace trace(int stan, Instant now) {
    return new Trace(stan, now.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The card acceptor for a SET merchant. */
  public Acceptor acceptor(String acceptorId) {
    return new Acceptor(terminalId, acceptorId, category);
  }

  /** ISO 8583 field 42 for a SET merchant ID: its first 15 printable characters. */
  static String acceptorId(String merchantId) {
    StringBuilder sb = new StringBuilder();
    for (char c : merchantId.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && sb.length() < 15) {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "UNKNOWN" : sb.toString();
  }

  /** The bank's amount for a SET amount. */
  public static Amount amount(CurrencyAmount a) {
    return new Amount(minor(a), currency(a.getCurrency()));
  }

  /**
   * The amount in minor units.
   *
   * @throws IllegalArgumentException when the exponent is not the currency's
   */
  static long minor(CurrencyAmount a) {
    Currency c = currency(a.getCurrency());
    if (a.getAmtExp10() != -c.getDefaultFractionDigits()) {
      throw new IllegalArgumentException(
          "amount exponent " + a.getAmtExp10() + " is not that of " + c.getCurrencyCode());
    }
    if (a.getAmount().signum() < 0
        || a.getAmount().compareTo(BigInteger.valueOf(Amount.MAX_MINOR_UNITS)) > 0) {
      throw new IllegalArgumentException("amount out of range");
    }
    return a.getAmount().longValueExact();
  }

  /** The ISO 4217 currency with numeric code {@code numeric}. */
  static Currency currency(int numeric) {
    return Currency.getAvailableCurrencies().stream()
        .filter(c -> c.getNumericCode() == numeric)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown currency " + numeric));
  }

  /** HMAC-SHA256 of the card number under the PAN key. */
  public byte[] panHash(String pan) {
    return Hkdf.hmac(panKey, pan.getBytes(StandardCharsets.US_ASCII));
  }
}
