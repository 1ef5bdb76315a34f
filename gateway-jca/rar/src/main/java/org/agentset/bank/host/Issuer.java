package org.agentset.bank.host;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.agentset.bank.api.ResponseCode;
import org.agentset.bank.host.LedgerTx.Logged;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.NetworkManagement;
import org.agentset.bank.iso8583.Redaction;

/**
 * The card issuer: answers every well-formed request. Each financial message, and each issuer file
 * update (0302: a CardSecret from the cardholder CA, see {@link CardSecrets}), is decided in one
 * database transaction that first takes the message's key: a repeat (same terminal, STAN and
 * transmission time, same content) gets the first answer again and changes nothing; a different
 * message reusing a key is refused with 94. Answers never carry the card number or expiry.
 */
public final class Issuer {

  private static final Logger LOG = Logger.getLogger(Issuer.class.getName());

  private final Iso8583Codec codec;
  private final PanHasher hasher;
  private final Ledger ledger;
  private final Authorisations authorisations;
  private final CardSecrets cardSecrets;
  private final Advices advices = new Advices();
  private final Reversals reversals = new Reversals();

  public Issuer(
      Iso8583Codec codec,
      DataSource bank,
      PanHasher hasher,
      CardSecrets cardSecrets,
      Clock clock,
      SecureRandom random) {
    this.codec = codec;
    this.hasher = hasher;
    this.ledger = new Ledger(bank);
    this.cardSecrets = cardSecrets;
    this.authorisations = new Authorisations(clock, random, cardSecrets);
  }

  /** The answer to a well-formed request; never null. */
  public IsoMessage answer(IsoMessage request) {
    if (request.getType() == MessageTypes.NETWORK) {
      return NetworkManagement.answer(codec, request);
    }
    if (request.getType() == MessageTypes.FILE_UPDATE) {
      return answerFileUpdate(request);
    }
    FinancialRequest r;
    try {
      r = FinancialRequest.read(request, hasher);
    } catch (Iso8583Exception e) {
      LOG.warning(
          () -> "Issuer refused " + MessageTypes.text(request.getType()) + ": " + e.getMessage());
      return response(request, ResponseCode.FORMAT_ERROR.code(), null);
    }
    try {
      Decision d = ledger.inTransaction(tx -> decide(tx, r));
      LOG.fine(() -> r + " -> " + d.responseCode());
      return response(request, d.responseCode(), d.approvalCode());
    } catch (SQLException e) {
      return ledgerFailed(request, r, e);
    }
  }

  /** A 0302: the cardholder CA adds a CardSecret to the issuer's file. */
  private IsoMessage answerFileUpdate(IsoMessage request) {
    CardSecrets.Registration r;
    try {
      r = cardSecrets.read(request, hasher);
    } catch (Iso8583Exception e) {
      LOG.warning(() -> "Issuer refused 0302: " + e.getMessage());
      return response(request, ResponseCode.FORMAT_ERROR.code(), null);
    }
    try {
      Decision d =
          ledger.inTransaction(
              tx -> {
                Optional<Decision> earlier =
                    earlier(tx, r.key(), MessageClass.CARD_SECRET, r.digest(), r);
                if (earlier.isPresent()) {
                  return earlier.get();
                }
                Decision decided = cardSecrets.decide(tx, r);
                tx.log(r.key(), MessageClass.CARD_SECRET, r.digest(), decided);
                return decided;
              });
      LOG.fine(() -> r + " -> " + d.responseCode());
      return response(request, d.responseCode(), null);
    } catch (SQLException e) {
      return ledgerFailed(request, r, e);
    } finally {
      if (r.secret() != null) {
        Arrays.fill(r.secret(), (byte) 0);
      }
    }
  }

  private IsoMessage ledgerFailed(IsoMessage request, Object what, SQLException e) {
    boolean unavailable =
        e instanceof SQLTransientConnectionException
            || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
    LOG.log(
        Level.SEVERE,
        "Issuer ledger failed on {0}: {1}",
        new Object[] {what, Redaction.scrub(e.getMessage())});
    return response(
        request,
        (unavailable ? ResponseCode.ISSUER_UNAVAILABLE : ResponseCode.SYSTEM_MALFUNCTION).code(),
        null);
  }

  /**
   * Takes the key's lock; then the first answer when this is a repeat, a 94 when another message
   * used the key, or empty when the key is new. (Financial messages also need the early-reversal
   * flag and read the log themselves.)
   */
  private Optional<Decision> earlier(
      LedgerTx tx, MessageKey key, MessageClass cls, byte[] digest, Object what)
      throws SQLException {
    tx.lock(key);
    Optional<Logged> logged = tx.logged(key);
    if (logged.isEmpty()) {
      return Optional.empty();
    }
    Logged first = logged.get();
    if (first.messageClass() == cls && Arrays.equals(first.digest(), digest)) {
      return Optional.of(
          new Decision(
              first.responseCode(),
              first.approvalCode(),
              first.accountId(),
              first.holdId(),
              first.postingId()));
    }
    LOG.warning(() -> what + " reuses the key of another message");
    return Optional.of(Decision.refuse(ResponseCode.DUPLICATE_TRANSMISSION));
  }

  /** A format-error answer for a request that parsed but broke its layout's rules. */
  public IsoMessage formatError(IsoMessage request) {
    return response(request, ResponseCode.FORMAT_ERROR.code(), null);
  }

  private Decision decide(LedgerTx tx, FinancialRequest r) throws SQLException {
    tx.lock(r.key());
    LedgerTx.Prior prior = tx.prior(r.key());
    Optional<Logged> earlier = prior.logged();
    if (earlier.isPresent()) {
      Logged first = earlier.get();
      if (first.messageClass() == r.messageClass() && Arrays.equals(first.digest(), r.digest())) {
        return new Decision(
            first.responseCode(),
            first.approvalCode(),
            first.accountId(),
            first.holdId(),
            first.postingId());
      }
      LOG.warning(() -> r + " reuses the key of another message");
      return Decision.refuse(ResponseCode.DUPLICATE_TRANSMISSION);
    }
    AtomicReference<MessageKey> early = new AtomicReference<>();
    Decision d =
        switch (r.messageClass()) {
          case AUTHORISATION -> authorisations.decide(tx, r, prior.earlyReversal());
          case CAPTURE -> advices.capture(tx, r);
          case REFUND -> advices.refund(tx, r);
          case REVERSAL -> reversals.decide(tx, r, early::set);
          case CARD_SECRET -> throw new IllegalStateException("a 0302 is not financial");
        };
    long logId = tx.log(r, d);
    if (early.get() != null) {
      tx.recordEarlyReversal(early.get(), logId);
    }
    return d;
  }

  private IsoMessage response(IsoMessage request, String responseCode, String approvalCode) {
    IsoMessage answer = codec.responseTo(request);
    answer.removeFields(Fields.PAN, Fields.EXPIRY);
    if (approvalCode != null) {
      answer.setValue(Fields.APPROVAL_CODE, approvalCode, IsoType.ALPHA, 6);
    }
    answer.setValue(Fields.RESPONSE_CODE, responseCode, IsoType.ALPHA, 2);
    return answer;
  }
}
