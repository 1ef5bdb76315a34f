package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import com.solab.iso8583.IsoType;

/**
 * The data elements AgentSET uses, by their ISO 8583:1987 numbers, and typed access to their text.
 * The formats are in the layout ({@code iso8583-bank.xml}); this class only names the numbers so
 * that code reads {@code Fields.STAN} rather than {@code 11}.
 */
public final class Fields {

  public static final int PAN = 2;
  public static final int PROCESSING_CODE = 3;
  public static final int AMOUNT = 4;
  public static final int TRANSMITTED = 7;
  public static final int STAN = 11;
  public static final int LOCAL_TIME = 12;
  public static final int LOCAL_DATE = 13;
  public static final int EXPIRY = 14;
  public static final int MERCHANT_TYPE = 18;
  public static final int ENTRY_MODE = 22;
  public static final int CONDITION_CODE = 25;
  public static final int RRN = 37;
  public static final int APPROVAL_CODE = 38;
  public static final int RESPONSE_CODE = 39;
  public static final int TERMINAL = 41;
  public static final int MERCHANT = 42;
  public static final int SET_DATA = 48;
  public static final int CURRENCY = 49;
  public static final int NETWORK_CODE = 70;
  public static final int ORIGINAL_DATA = 90;
  public static final int FILE_UPDATE_CODE = 91;
  public static final int FILE_NAME = 101;

  private Fields() {}

  /** The field's text without ALPHA padding, or null when the message lacks it. */
  public static String text(IsoMessage message, int field) {
    if (!message.hasField(field)) {
      return null;
    }
    return message.getField(field).toString().strip();
  }

  /** Sets a fixed-length numeric field (left-padded with zeros by j8583). */
  public static void numeric(IsoMessage message, int field, String digits, int length) {
    message.setValue(field, digits, IsoType.NUMERIC, length);
  }

  /** Sets a fixed-length alphanumeric field (right-padded with spaces by j8583). */
  public static void alpha(IsoMessage message, int field, String text, int length) {
    message.setValue(field, text, IsoType.ALPHA, length);
  }
}
