package org.agentset.wallet.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment card in the wallet: the only place the full number exists in AgentSET.
 *
 * @param id the wallet's own random identifier, used in URLs instead of anything derived from the
 *     number
 * @param number the primary account number, digits only
 * @param expiry the last month the card is valid
 * @param holderName the name on the card
 * @param setCredential the cardholder's SET certificate and signature key for this card, once
 *     enrolled
 * @param cardSecret the CardSecret the wallet chose at registration (TransStain's key), once
 *     enrolled
 * @param panSecret the PANSecret the certificate's identity is keyed with, once enrolled
 */
public record Card(
    String id,
    String number,
    YearMonth expiry,
    String holderName,
    Optional<KeyCredential> setCredential,
    Optional<Bytes> cardSecret,
    Optional<Bytes> panSecret) {

  /** A card without registration secrets. */
  public Card(
      String id,
      String number,
      YearMonth expiry,
      String holderName,
      Optional<KeyCredential> setCredential) {
    this(id, number, expiry, holderName, setCredential, Optional.empty(), Optional.empty());
  }

  /** This card enrolled: its SET credential and registration secrets. */
  public Card enrolled(KeyCredential credential, Bytes cardSecret, Bytes panSecret) {
    return new Card(
        id,
        number,
        expiry,
        holderName,
        Optional.of(credential),
        Optional.of(cardSecret),
        Optional.of(panSecret));
  }

  /** Whether the card can pay with SET: certificate and secrets present. */
  public boolean canPay() {
    return setCredential.isPresent() && cardSecret.isPresent() && panSecret.isPresent();
  }

  /** Checks the fields are present and the number is 12 to 19 digits. */
  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(setCredential, "setCredential");
    Objects.requireNonNull(cardSecret, "cardSecret");
    Objects.requireNonNull(panSecret, "panSecret");
    if (number == null || !number.matches("[0-9]{12,19}")) {
      throw new IllegalArgumentException("a card number is 12 to 19 digits");
    }
  }

  /** The last four digits, the only part of the number the wallet ever shows. */
  public String lastFour() {
    return number.substring(number.length() - 4);
  }

  /** Masks the number: a card that reaches a log shows only its last four digits. */
  @Override
  public String toString() {
    return "Card[id=%s, number=…%s, expiry=%s, holderName=%s, setCredential=%s]"
        .formatted(
            id, lastFour(), expiry, holderName, setCredential.isPresent() ? "present" : "none");
  }
}
