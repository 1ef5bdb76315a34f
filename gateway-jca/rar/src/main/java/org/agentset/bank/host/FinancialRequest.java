package org.agentset.bank.host;

import com.solab.iso8583.IsoMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.OriginalData;
import org.agentset.bank.iso8583.SetData;

/**
 * A well-formed financial request as the issuer reads it. The card number is hashed on the way in
 * and not kept: what the issuer holds from here on is the keyed hash, whether the number passed the
 * Luhn check, and a digest of the whole request (PAN hashed) that tells a true repeat from a
 * different message reusing a key.
 *
 * @param type the MTI
 * @param messageClass authorisation, capture, refund or reversal
 * @param key terminal, STAN and transmission time
 * @param amount field 4, minor units
 * @param currency field 49, ISO 4217 numeric
 * @param panHash keyed hash of field 2 (authorisations only, else null)
 * @param panLuhnValid whether field 2 passed the Luhn check (authorisations only)
 * @param expiry field 14, YYMM (authorisations only, else null)
 * @param rrn field 37
 * @param approvalCode field 38, or null
 * @param original field 90, or null (authorisations)
 * @param set field 48, or null
 * @param digest SHA-256 of the request's fields, PAN hashed, MTI repeat bit ignored
 */
record FinancialRequest(
    int type,
    MessageClass messageClass,
    MessageKey key,
    long amount,
    String currency,
    byte[] panHash,
    boolean panLuhnValid,
    String expiry,
    String rrn,
    String approvalCode,
    OriginalData original,
    SetData set,
    byte[] digest) {

  private static final HexFormat HEX = HexFormat.of();

  /**
   * Reads a decoded 0100, 0220, 0400 or 0420.
   *
   * @throws Iso8583Exception when field 90 or 48 is malformed or the processing code is not one the
   *     issuer handles
   */
  static FinancialRequest read(IsoMessage m, PanHasher hasher) throws Iso8583Exception {
    MessageClass cls = classify(m);
    String pan = Fields.text(m, Fields.PAN);
    byte[] panHash = pan == null ? null : hasher.hash(pan);
    OriginalData original =
        m.hasField(Fields.ORIGINAL_DATA)
            ? OriginalData.parse(Fields.text(m, Fields.ORIGINAL_DATA))
            : null;
    return new FinancialRequest(
        m.getType(),
        cls,
        new MessageKey(
            Fields.text(m, Fields.TERMINAL),
            Fields.text(m, Fields.STAN),
            Fields.text(m, Fields.TRANSMITTED)),
        Long.parseLong(Fields.text(m, Fields.AMOUNT)),
        Fields.text(m, Fields.CURRENCY),
        panHash,
        pan != null && PanHasher.luhnValid(pan),
        Fields.text(m, Fields.EXPIRY),
        Fields.text(m, Fields.RRN),
        Fields.text(m, Fields.APPROVAL_CODE),
        original,
        SetData.readFrom(m).orElse(null),
        digest(cls, m, panHash));
  }

  private static MessageClass classify(IsoMessage m) throws Iso8583Exception {
    String processing = Fields.text(m, Fields.PROCESSING_CODE);
    return switch (m.getType()) {
      case MessageTypes.AUTHORISATION -> MessageClass.AUTHORISATION;
      case MessageTypes.REVERSAL, MessageTypes.REVERSAL_ADVICE -> MessageClass.REVERSAL;
      case MessageTypes.ADVICE -> {
        if (processing.startsWith("00")) {
          yield MessageClass.CAPTURE;
        } else if (processing.startsWith("20")) {
          yield MessageClass.REFUND;
        }
        throw new Iso8583Exception(
            "0220 with processing code " + processing + " is neither capture nor refund");
      }
      default ->
          throw new Iso8583Exception("not a financial request: " + MessageTypes.text(m.getType()));
    };
  }

  /** SHA-256 of the message's fields 3 to 128 and the PAN's keyed hash, under its class. */
  static byte[] digest(MessageClass cls, IsoMessage m, byte[] panHash) {
    StringBuilder canonical = new StringBuilder(cls.name());
    for (int field = 3; field <= 128; field++) {
      if (m.hasField(field)) {
        canonical.append('|').append(field).append('=').append(Fields.text(m, field));
      }
    }
    if (panHash != null) {
      canonical.append("|2#=").append(HEX.formatHex(panHash));
    }
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  /** The key of the message field 90 names, on the same terminal. */
  MessageKey originalKey() {
    return new MessageKey(key.terminal(), original.stan(), original.transmitted());
  }

  /** Field 48's XID as bytes, or null. */
  byte[] xid() {
    return set == null ? null : HEX.parseHex(set.xidHex());
  }

  /** Field 48's TransStain as bytes, or null. */
  byte[] transStain() {
    return set == null ? null : HEX.parseHex(set.transStainHex());
  }

  /** Names the key and class only: never the card. */
  @Override
  public String toString() {
    return MessageTypes.text(type) + " " + messageClass + " " + key;
  }
}
