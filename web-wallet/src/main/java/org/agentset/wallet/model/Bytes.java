package org.agentset.wallet.model;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An immutable byte string for key material, certificates and tokens inside records: Java arrays
 * compare by identity and print their address, so a record of arrays would neither compare by value
 * nor be safe to print. This one copies in and out, compares in constant time and prints only its
 * length.
 */
public final class Bytes {

  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  /** A copy of {@code value}. */
  public static Bytes of(byte[] value) {
    return new Bytes(value.clone());
  }

  /** A fresh copy of the bytes. */
  public byte[] toByteArray() {
    return value.clone();
  }

  /** The number of bytes. */
  public int length() {
    return value.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && MessageDigest.isEqual(value, b.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Only the length: the content may be a key. */
  @Override
  public String toString() {
    return "(" + value.length + " bytes)";
  }
}
