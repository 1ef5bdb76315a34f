package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;
import com.solab.iso8583.IsoValue;
import com.solab.iso8583.codecs.CompositeField;
import java.util.HexFormat;

/**
 * Field 48 of the issuer file update (0302/0312) for file {@code SETCSEC}: the cardholder
 * certificate's serial (subfield 1, LLVAR of upper-case hex) and the sealed CardSecret (subfield 2,
 * LLLVAR of upper-case hex; see {@link CardSecretSeal}). {@link #toString()} shows the serial only.
 *
 * @param serialHex the cardholder certificate's serial, 1 to 20 bytes of upper-case hex
 * @param sealedHex the sealed CardSecret in upper-case hex
 */
public record CardSecretFile(String serialHex, String sealedHex) {

  /** Field 101: the file of CardSecrets by card and cardholder certificate. */
  public static final String FILE_NAME = "SETCSEC";

  /** Field 91: add the record. */
  public static final String ADD = "1";

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final int MIN_SEALED = CardSecretSeal.NONCE_LENGTH + CardSecretSeal.TAG_LENGTH;

  public CardSecretFile {
    if (serialHex == null || !serialHex.matches("([0-9A-F]{2}){1,20}")) {
      throw new IllegalArgumentException(
          "the cardholder serial is 1 to 20 bytes of upper-case hex");
    }
    if (sealedHex == null
        || sealedHex.length() > 999
        || sealedHex.length() < 2 * MIN_SEALED
        || !sealedHex.matches("([0-9A-F]{2})+")) {
      throw new IllegalArgumentException("the sealed CardSecret is upper-case hex, nonce to tag");
    }
  }

  /** The record for a sealed secret. */
  public static CardSecretFile of(String serialHex, byte[] sealed) {
    return new CardSecretFile(serialHex, HEX.formatHex(sealed));
  }

  /** The sealed secret's bytes. */
  public byte[] sealed() {
    return HEX.parseHex(sealedHex);
  }

  /** Puts this into field 48 of {@code message}. */
  public void writeTo(IsoMessage message) {
    CompositeField composite =
        new CompositeField()
            .addValue(new IsoValue<>(IsoType.LLVAR, serialHex))
            .addValue(new IsoValue<>(IsoType.LLLVAR, sealedHex));
    message.setValue(Fields.SET_DATA, composite, composite, IsoType.LLLVAR, 0);
  }

  /**
   * Reads field 48 of a parsed 0302 (the layout makes it mandatory).
   *
   * @throws Iso8583Exception when field 48 is not the serial and sealed secret subfields
   */
  public static CardSecretFile readFrom(IsoMessage message) throws Iso8583Exception {
    Object value = message.getObjectValue(Fields.SET_DATA);
    if (!(value instanceof CompositeField composite)
        || composite.getValues() == null
        || composite.getValues().size() != 2) {
      throw new Iso8583Exception("field 48 of a 0302 must hold the serial and sealed secret");
    }
    try {
      return new CardSecretFile(SetData.subfield(composite, 0), SetData.subfield(composite, 1));
    } catch (IllegalArgumentException e) {
      throw new Iso8583Exception("field 48: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "CardSecretFile[serial=" + serialHex + "]";
  }
}
