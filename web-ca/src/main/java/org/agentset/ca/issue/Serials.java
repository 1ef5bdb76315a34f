package org.agentset.ca.issue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate serial numbers as the CA stores and shows them: lower-case hexadecimal of the
 * positive integer, without leading zeros (what {@code BigInteger.toString(16)} gives). Input in
 * any case, with leading zeros, is accepted.
 */
public final class Serials {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,64}");

  private Serials() {}

  /** The stored form of {@code serialHex}, or empty if it is not 1..64 hex digits. */
  public static Optional<String> normalise(String serialHex) {
    if (serialHex == null || !HEX.matcher(serialHex).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigInteger(serialHex, 16).toString(16));
  }

  /** The stored form of {@code serial}. */
  public static String of(BigInteger serial) {
    return serial.toString(16);
  }
}
