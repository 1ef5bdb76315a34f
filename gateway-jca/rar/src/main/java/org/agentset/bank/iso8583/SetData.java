package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import com.solab.iso8583.IsoValue;
import com.solab.iso8583.codecs.CompositeField;
import java.util.Optional;

/**
 * Field 48 (additional data, private use) as AgentSET fills it: SET's XID (subfield 1) and
 * TransStain (subfield 2), each an LLVAR of upper-case hexadecimal. The subfield layout is in
 * {@code iso8583-bank.xml}; j8583's {@link CompositeField} packs and unpacks it.
 *
 * @param xidHex the XID in hex, 2 to 64 characters
 * @param transStainHex the TransStain in hex, 2 to 64 characters
 */
public record SetData(String xidHex, String transStainHex) {

  private static final String HEX = "([0-9A-F]{2}){1,32}";

  public SetData {
    if (xidHex == null || !xidHex.matches(HEX) || transStainHex == null || !transStainHex.matches(HEX)) {
      throw new IllegalArgumentException("XID and TransStain are 1 to 32 bytes of upper-case hex");
    }
  }

  /** Puts this into field 48 of {@code message}. */
  public void writeTo(IsoMessage message) {
    CompositeField composite =
        new CompositeField()
            .addValue(new IsoValue<>(IsoType.LLVAR, xidHex))
            .addValue(new IsoValue<>(IsoType.LLVAR, transStainHex));
    message.setValue(Fields.SET_DATA, composite, composite, IsoType.LLLVAR, 0);
  }

  /**
   * Reads field 48 of a parsed message.
   *
   * @return empty when the message has no field 48
   * @throws Iso8583Exception when field 48 is not two hex subfields
   */
  public static Optional<SetData> readFrom(IsoMessage message) throws Iso8583Exception {
    if (!message.hasField(Fields.SET_DATA)) {
      return Optional.empty();
    }
    Object value = message.getObjectValue(Fields.SET_DATA);
    if (!(value instanceof CompositeField composite)
        || composite.getValues() == null
        || composite.getValues().size() != 2) {
      throw new Iso8583Exception("field 48 must hold the XID and TransStain subfields");
    }
    Object xid = composite.getObjectValue(0);
    Object transStain = composite.getObjectValue(1);
    try {
      return Optional.of(new SetData(String.valueOf(xid), String.valueOf(transStain)));
    } catch (IllegalArgumentException e) {
      throw new Iso8583Exception("field 48: " + e.getMessage());
    }
  }
}
