package org.agentset.bank.api;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SET transaction a bank message belongs to: SET's transaction id (XID), the TransStain (the
 * keyed hash that binds the cardholder's CardSecret to the XID) and the serial number of the
 * cardholder certificate whose CardSecret keyed it. All three travel in the private field 48: the
 * bank's records can be found from the XID, as every party's can, and the issuer verifies the
 * TransStain of an authorisation with the CardSecret it was given for that certificate ({@link
 * BankConnection#registerCardSecret}). An unsigned purchase and a non-SET message have no
 * cardholder certificate.
 */
public final class SetReference {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final byte[] xid;
  private final byte[] transStain;
  private final BigInteger cardholderSerial;

  private SetReference(byte[] xid, byte[] transStain, BigInteger cardholderSerial) {
    this.xid = xid;
    this.transStain = transStain;
    this.cardholderSerial = cardholderSerial;
  }

  /**
   * A reference from the two octet strings, each 1 to 32 bytes.
   *
   * @throws IllegalArgumentException when either is empty or longer than 32 bytes
   */
  public static SetReference of(byte[] xid, byte[] transStain) {
    return new SetReference(checked(xid, "XID"), checked(transStain, "TransStain"), null);
  }

  /**
   * The same reference, naming the cardholder certificate whose CardSecret keyed the TransStain.
   *
   * @throws IllegalArgumentException when the serial is not positive or longer than 20 bytes
   */
  public SetReference withCardholderSerial(BigInteger serial) {
    return new SetReference(xid, transStain, CardSecretRegistration.checkedSerial(serial));
  }

  private static byte[] checked(byte[] value, String what) {
    Objects.requireNonNull(value, what);
    if (value.length < 1 || value.length > 32) {
      throw new IllegalArgumentException(what + " must be 1 to 32 bytes");
    }
    return value.clone();
  }

  /** SET's transaction id. */
  public byte[] xid() {
    return xid.clone();
  }

  /** SET's TransStain. */
  public byte[] transStain() {
    return transStain.clone();
  }

  /** The cardholder certificate's serial number, or null (unsigned purchase, no certificate). */
  public BigInteger cardholderSerial() {
    return cardholderSerial;
  }

  /**
   * The cardholder certificate's serial in upper-case hexadecimal as field 48 carries it (an even
   * number of digits), or the empty string when there is none.
   */
  public String cardholderSerialHex() {
    return cardholderSerial == null ? "" : CardSecretRegistration.serialHex(cardholderSerial);
  }

  /** The XID in upper-case hexadecimal, as field 48 carries it. */
  public String xidHex() {
    return HEX.formatHex(xid);
  }

  /** The TransStain in upper-case hexadecimal, as field 48 carries it. */
  public String transStainHex() {
    return HEX.formatHex(transStain);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetReference other
        && Arrays.equals(xid, other.xid)
        && Arrays.equals(transStain, other.transStain)
        && Objects.equals(cardholderSerial, other.cardholderSerial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(xid), Arrays.hashCode(transStain), cardholderSerial);
  }

  @Override
  public String toString() {
    return "SetReference[xid=" + xidHex() + "]";
  }
}
