package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import com.solab.iso8583.IsoValue;
import com.solab.iso8583.codecs.CompositeField;
import java.util.Optional;

/**
 * Field 48 (additional data, private use) of the financial messages as AgentSET fills it: SET's XID
 * (subfield 1), the TransStain (subfield 2) and the serial number of the cardholder certificate
 * whose CardSecret keyed the TransStain (subfield 3, empty when the purchase had no cardholder
 * certificate), each an LLVAR of upper-case hexadecimal. The subfield layout is in {@code
 * iso8583-bank.xml}; j8583's {@link CompositeField} packs and unpacks it. Field 48 is always
 * written with all three subfields; a field 48 with only the first two (the layout before the
 * serial was added) is not accepted: the message does not parse, and the issuer host refuses it
 * like any unparsable frame.
 *
 * @param xidHex the XID in hex, 2 to 64 characters
 * @param transStainHex the TransStain in hex, 2 to 64 characters
 * @param cardholderSerialHex the cardholder certificate's serial in hex, 2 to 40 characters, or the
 *     empty string when there is none
 */
public record SetData(String xidHex, String transStainHex, String cardholderSerialHex) {

  private static final String HEX = "([0-9A-F]{2}){1,32}";
  private static final String SERIAL_HEX = "(([0-9A-F]{2}){1,20})?";

  public SetData {
    if (xidHex == null
        || !xidHex.matches(HEX)
        || transStainHex == null
        || !transStainHex.matches(HEX)) {
      throw new IllegalArgumentException("XID and TransStain are 1 to 32 bytes of upper-case hex");
    }
    if (cardholderSerialHex == null || !cardholderSerialHex.matches(SERIAL_HEX)) {
      throw new IllegalArgumentException(
          "the cardholder certificate serial is empty or 1 to 20 bytes of upper-case hex");
    }
  }

  /** Field 48 of a purchase without a cardholder certificate (empty serial). */
  public SetData(String xidHex, String transStainHex) {
    this(xidHex, transStainHex, "");
  }

  /** Whether subfield 3 names a cardholder certificate. */
  public boolean hasCardholderSerial() {
    return !cardholderSerialHex.isEmpty();
  }

  /** Puts this into field 48 of {@code message}, always as three subfields. */
  public void writeTo(IsoMessage message) {
    CompositeField composite =
        new CompositeField()
            .addValue(new IsoValue<>(IsoType.LLVAR, xidHex))
            .addValue(new IsoValue<>(IsoType.LLVAR, transStainHex))
            .addValue(new IsoValue<>(IsoType.LLVAR, cardholderSerialHex));
    message.setValue(Fields.SET_DATA, composite, composite, IsoType.LLLVAR, 0);
  }

  /**
   * Reads field 48 of a parsed financial message.
   *
   * @return empty when the message has no field 48
   * @throws Iso8583Exception when field 48 is not three hex subfields
   */
  public static Optional<SetData> readFrom(IsoMessage message) throws Iso8583Exception {
    if (!message.hasField(Fields.SET_DATA)) {
      return Optional.empty();
    }
    Object value = message.getObjectValue(Fields.SET_DATA);
    if (!(value instanceof CompositeField composite)
        || composite.getValues() == null
        || composite.getValues().size() != 3) {
      throw new Iso8583Exception(
          "field 48 must hold the XID, TransStain and cardholder serial subfields");
    }
    try {
      return Optional.of(
          new SetData(subfield(composite, 0), subfield(composite, 1), subfield(composite, 2)));
    } catch (IllegalArgumentException e) {
      throw new Iso8583Exception("field 48: " + e.getMessage());
    }
  }

  /** Subfield {@code index} as text (j8583's generic getter would pick a char[] overload). */
  static String subfield(CompositeField composite, int index) {
    Object value = composite.getObjectValue(index);
    return String.valueOf(value);
  }
}
