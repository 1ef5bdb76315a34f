package org.agentset.bank.api;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the brand's cardholder CA hands the card's issuer when it certifies a cardholder (ISO 8583
 * file update, 0302): the card, the new certificate's serial number and the CardSecret the
 * cardholder chose at registration, the key of every TransStain made under that certificate. The
 * issuer keeps it encrypted and verifies the TransStain of each SET authorisation with it. {@link
 * #toString()} shows neither the card number nor the secret.
 *
 * @param card the card the certificate was issued for (field 2)
 * @param expiry the card's expiry (field 14)
 * @param cardholderSerial the cardholder certificate's serial number, positive, at most 20 bytes
 * @param cardSecret the CardSecret, 16 to 64 bytes (copied)
 */
public record CardSecretRegistration(
    CardNumber card, YearMonth expiry, BigInteger cardholderSerial, byte[] cardSecret) {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  public CardSecretRegistration {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(expiry, "expiry");
    checkedSerial(cardholderSerial);
    Objects.requireNonNull(cardSecret, "cardSecret");
    if (cardSecret.length < 16 || cardSecret.length > 64) {
      throw new IllegalArgumentException("a CardSecret is 16 to 64 bytes");
    }
    cardSecret = cardSecret.clone();
  }

  /** The CardSecret (a copy). */
  @Override
  public byte[] cardSecret() {
    return cardSecret.clone();
  }

  /** The serial as field 48 carries it: upper-case hexadecimal, an even number of digits. */
  public String cardholderSerialHex() {
    return serialHex(cardholderSerial);
  }

  static BigInteger checkedSerial(BigInteger serial) {
    Objects.requireNonNull(serial, "cardholder certificate serial");
    if (serial.signum() <= 0 || serial.bitLength() > 160) {
      throw new IllegalArgumentException("a certificate serial is positive and at most 20 bytes");
    }
    return serial;
  }

  static String serialHex(BigInteger serial) {
    byte[] bytes = serial.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return HEX.formatHex(bytes, skip, bytes.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardSecretRegistration other
        && card.equals(other.card)
        && expiry.equals(other.expiry)
        && cardholderSerial.equals(other.cardholderSerial)
        && java.util.Arrays.equals(cardSecret, other.cardSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(card, expiry, cardholderSerial);
  }

  /** Masks the card number and leaves out the secret. */
  @Override
  public String toString() {
    return "CardSecretRegistration[card=" + card + ", serial=" + cardholderSerialHex() + "]";
  }
}
