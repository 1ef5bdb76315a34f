package org.agentset.bank.api;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SET transaction a bank message belongs to: SET's transaction id (XID) and the TransStain (the
 * keyed hash that binds the cardholder's secret to the XID). Both travel in the private field 48
 * so that the bank's records can be found from the XID, as every party's can.
 */
public final class SetReference {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final byte[] xid;
  private final byte[] transStain;

  private SetReference(byte[] xid, byte[] transStain) {
    this.xid = xid;
    this.transStain = transStain;
  }

  /**
   * A reference from the two octet strings, each 1 to 32 bytes.
   *
   * @throws IllegalArgumentException when either is empty or longer than 32 bytes
   */
  public static SetReference of(byte[] xid, byte[] transStain) {
    return new SetReference(checked(xid, "XID"), checked(transStain, "TransStain"));
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
        && Arrays.equals(transStain, other.transStain);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xid) + Arrays.hashCode(transStain);
  }

  @Override
  public String toString() {
    return "SetReference[xid=" + xidHex() + "]";
  }
}
