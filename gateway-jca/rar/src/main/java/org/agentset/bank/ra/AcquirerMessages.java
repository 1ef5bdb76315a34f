package org.agentset.bank.ra;

import com.solab.iso8583.IsoMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.agentset.bank.api.Acceptor;
import org.agentset.bank.api.Amount;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.SetReference;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.bank.iso8583.CardSecretFile;
import org.agentset.bank.iso8583.CardSecretSeal;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.OriginalData;
import org.agentset.bank.iso8583.SetData;

/**
 * Builds the acquirer's requests from the client interface's types, field by field as the layout
 * ({@code iso8583-bank.xml}) describes them. Dates and times are UTC, from the trace. A capture and
 * a reversal carry the authorisation's retrieval reference number, a refund gets its own.
 */
final class AcquirerMessages {

  static final String PURCHASE = "000000";
  static final String REFUND = "200000";

  /** Field 22: PAN entered by electronic commerce, no PIN. */
  private static final String ECOMMERCE_ENTRY = "810";

  /** Field 25: electronic commerce. */
  private static final String ECOMMERCE_CONDITION = "59";

  /**
   * Field 41 of a 0302: the cardholder CA's registration desk, a terminal of its own so that its
   * message keys (terminal, STAN, field 7) never meet a merchant's.
   */
  static final String CARDHOLDER_CA_TERMINAL = "SETCCA01";

  private static final DateTimeFormatter TRANSMISSION = utc("MMddHHmmss");
  private static final DateTimeFormatter LOCAL_TIME = utc("HHmmss");
  private static final DateTimeFormatter LOCAL_DATE = utc("MMdd");
  private static final DateTimeFormatter RRN_PREFIX = utc("yDDDHH");
  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyMM");

  private final Iso8583Codec codec;

  AcquirerMessages(Iso8583Codec codec) {
    this.codec = codec;
  }

  private static DateTimeFormatter utc(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
  }

  /** Field 37 for a message sent under {@code trace}: last digit of the year, day, hour, STAN. */
  static String retrievalReference(Trace trace) {
    String prefix = RRN_PREFIX.format(trace.transmitted());
    return prefix.substring(prefix.length() - 6) + trace.stanText();
  }

  /** Field 7 of a trace. */
  static String transmission(Instant transmitted) {
    return TRANSMISSION.format(transmitted);
  }

  IsoMessage authorisation(AuthorisationRequest r, Trace trace) {
    IsoMessage m = codec.newMessage(MessageTypes.AUTHORISATION);
    m.setValue(Fields.PAN, r.card().digits(), com.solab.iso8583.IsoType.LLVAR, 0);
    Fields.numeric(m, Fields.PROCESSING_CODE, PURCHASE, 6);
    common(m, trace, r.amount(), r.acceptor(), retrievalReference(trace), r.set());
    Fields.numeric(m, Fields.EXPIRY, EXPIRY.format(r.expiry()), 4);
    pointOfService(m, r.acceptor());
    return m;
  }

  IsoMessage capture(CaptureRequest r, Trace trace) {
    TransactionReference auth = r.authorisation();
    IsoMessage m = codec.newMessage(MessageTypes.ADVICE);
    Fields.numeric(m, Fields.PROCESSING_CODE, PURCHASE, 6);
    common(m, trace, r.amount(), auth.acceptor(), auth.retrievalReference(), auth.set());
    pointOfService(m, auth.acceptor());
    Fields.alpha(m, Fields.APPROVAL_CODE, auth.approvalCode(), 6);
    original(m, MessageTypes.AUTHORISATION, auth.trace());
    return m;
  }

  IsoMessage refund(RefundRequest r, Trace trace) {
    TransactionReference capture = r.capture();
    IsoMessage m = codec.newMessage(MessageTypes.ADVICE);
    Fields.numeric(m, Fields.PROCESSING_CODE, REFUND, 6);
    common(m, trace, r.amount(), capture.acceptor(), retrievalReference(trace), capture.set());
    pointOfService(m, capture.acceptor());
    original(m, MessageTypes.ADVICE, capture.trace());
    return m;
  }

  /**
   * The issuer file update (0302) that hands the issuer a cardholder certificate's CardSecret,
   * sealed under {@code seal} for this card, expiry and serial.
   */
  IsoMessage cardSecret(CardSecretRegistration r, Trace trace, CardSecretSeal seal) {
    IsoMessage m = codec.newMessage(MessageTypes.FILE_UPDATE);
    String expiry = EXPIRY.format(r.expiry());
    String serial = r.cardholderSerialHex();
    m.setValue(Fields.PAN, r.card().digits(), com.solab.iso8583.IsoType.LLVAR, 0);
    Fields.numeric(m, Fields.TRANSMITTED, TRANSMISSION.format(trace.transmitted()), 10);
    Fields.numeric(m, Fields.STAN, trace.stanText(), 6);
    Fields.numeric(m, Fields.EXPIRY, expiry, 4);
    Fields.alpha(m, Fields.TERMINAL, CARDHOLDER_CA_TERMINAL, 8);
    byte[] secret = r.cardSecret();
    try {
      CardSecretFile.of(serial, seal.seal(r.card().digits(), expiry, serial, secret)).writeTo(m);
    } finally {
      java.util.Arrays.fill(secret, (byte) 0);
    }
    Fields.numeric(m, Fields.FILE_UPDATE_CODE, CardSecretFile.ADD, 1);
    m.setValue(Fields.FILE_NAME, CardSecretFile.FILE_NAME, com.solab.iso8583.IsoType.LLVAR, 0);
    return m;
  }

  /** The reversal as a 0400 (first attempt) or 0420 (repeat), same fields either way. */
  IsoMessage reversal(PendingReversal p, int type) {
    TransactionReference auth = p.authorisation();
    IsoMessage m = codec.newMessage(type);
    Fields.numeric(m, Fields.PROCESSING_CODE, PURCHASE, 6);
    common(m, p.trace(), auth.amount(), auth.acceptor(), auth.retrievalReference(), p.set());
    original(m, MessageTypes.AUTHORISATION, auth.trace());
    return m;
  }

  private static void common(
      IsoMessage m, Trace trace, Amount amount, Acceptor acceptor, String rrn, SetReference set) {
    Fields.numeric(m, Fields.AMOUNT, Long.toString(amount.minorUnits()), 12);
    Fields.numeric(m, Fields.TRANSMITTED, TRANSMISSION.format(trace.transmitted()), 10);
    Fields.numeric(m, Fields.STAN, trace.stanText(), 6);
    Fields.numeric(m, Fields.LOCAL_TIME, LOCAL_TIME.format(trace.transmitted()), 6);
    Fields.numeric(m, Fields.LOCAL_DATE, LOCAL_DATE.format(trace.transmitted()), 4);
    Fields.alpha(m, Fields.RRN, rrn, 12);
    Fields.alpha(m, Fields.TERMINAL, acceptor.terminalId(), 8);
    Fields.alpha(m, Fields.MERCHANT, acceptor.merchantId(), 15);
    Fields.numeric(m, Fields.CURRENCY, amount.numericCurrency(), 3);
    if (set != null) {
      new SetData(set.xidHex(), set.transStainHex(), set.cardholderSerialHex()).writeTo(m);
    }
  }

  private static void pointOfService(IsoMessage m, Acceptor acceptor) {
    Fields.numeric(m, Fields.MERCHANT_TYPE, acceptor.categoryCode(), 4);
    Fields.numeric(m, Fields.ENTRY_MODE, ECOMMERCE_ENTRY, 3);
    Fields.numeric(m, Fields.CONDITION_CODE, ECOMMERCE_CONDITION, 2);
  }

  private static void original(IsoMessage m, int type, Trace trace) {
    Fields.numeric(
        m,
        Fields.ORIGINAL_DATA,
        new OriginalData(type, trace.stanText(), TRANSMISSION.format(trace.transmitted())).encode(),
        42);
  }
}
