package org.agentset.bank.host;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Optional;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.host.LedgerTx.Account;

/**
 * Decides an authorisation (0100) the way an issuer does: the card must exist; when field 48 names
 * a cardholder certificate (subfield 3), the TransStain must be HMAC-SHA256 of the XID under the
 * CardSecret the cardholder CA registered for that card and certificate, else 63 (security
 * violation) whatever the card's standing; then the card must be in good standing, the request must
 * be for this card's currency and within its open-to-buy. An approval places a hold of the amount
 * and gets a fresh approval code. A request without field 48 or with an empty serial (an unsigned
 * SET purchase, a non-SET message) has no TransStain check. An authorisation whose reversal arrived
 * first is refused. No refusal places a hold.
 */
final class Authorisations {

  private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");
  private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

  private final Clock clock;
  private final SecureRandom random;
  private final CardSecrets cardSecrets;

  Authorisations(Clock clock, SecureRandom random, CardSecrets cardSecrets) {
    this.clock = clock;
    this.random = random;
    this.cardSecrets = cardSecrets;
  }

  /** Decides {@code r}; {@code reversedEarly} says whether its reversal has already arrived. */
  Decision decide(LedgerTx tx, FinancialRequest r, boolean reversedEarly) throws SQLException {
    if (reversedEarly) {
      return Decision.refuse(ResponseCode.INVALID_TRANSACTION);
    }
    if (!r.panLuhnValid()) {
      return Decision.refuse(ResponseCode.INVALID_CARD_NUMBER);
    }
    Optional<Account> found = tx.lockAccount(r.panHash());
    if (found.isEmpty()) {
      return Decision.refuse(ResponseCode.INVALID_CARD_NUMBER);
    }
    Account account = found.get();
    if (r.set() != null
        && r.set().hasCardholderSerial()
        && !cardSecrets.verifies(
            tx, account.id(), r.set().cardholderSerialHex(), r.xid(), r.transStain())) {
      return Decision.refuse(ResponseCode.SECURITY_VIOLATION, account.id());
    }
    ResponseCode refusal = refusal(account, r);
    if (refusal != null) {
      return Decision.refuse(refusal, account.id());
    }
    String approval = approvalCode();
    long hold = tx.placeHold(account.id(), r.amount(), approval, r.rrn(), r.xid());
    return new Decision(ResponseCode.APPROVED.code(), approval, account.id(), hold, null);
  }

  /** Why the account cannot take this authorisation, or null when it can. */
  private ResponseCode refusal(Account account, FinancialRequest r) {
    switch (account.status()) {
      case "BLOCKED":
        return ResponseCode.DO_NOT_HONOUR;
      case "STOLEN":
        return ResponseCode.STOLEN_CARD;
      case "EXPIRED":
        return ResponseCode.EXPIRED_CARD;
      default:
        break;
    }
    if (YearMonth.parse(account.expiry(), YYMM)
        .isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      return ResponseCode.EXPIRED_CARD;
    }
    if (!account.expiry().equals(r.expiry())) {
      return ResponseCode.DO_NOT_HONOUR;
    }
    if (!sameCurrency(account.currency(), r.currency())) {
      return ResponseCode.INVALID_TRANSACTION;
    }
    if (r.amount() <= 0) {
      return ResponseCode.INVALID_AMOUNT;
    }
    if (r.amount() > account.openToBuy()) {
      return ResponseCode.INSUFFICIENT_FUNDS;
    }
    return null;
  }

  /** Whether the account's ISO 4217 alphabetic currency has the numeric code of field 49. */
  static boolean sameCurrency(String alphabetic, String numeric) {
    try {
      return String.format("%03d", Currency.getInstance(alphabetic).getNumericCode())
          .equals(numeric);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String approvalCode() {
    char[] code = new char[6];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
    }
    return new String(code);
  }
}
