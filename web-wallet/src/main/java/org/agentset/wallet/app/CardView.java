package org.agentset.wallet.app;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.agentset.wallet.model.Card;

/**
 * A card as the UI and the API show it: the last four digits, never more.
 *
 * @param id the wallet's identifier for the card
 * @param lastFour the last four digits of the number
 * @param expiry {@code MM/YY}
 * @param holderName the name on the card
 * @param enrolled whether the card has a cardholder SET certificate yet
 */
public record CardView(
    String id, String lastFour, String expiry, String holderName, boolean enrolled) {

  private static final DateTimeFormatter MM_YY = DateTimeFormatter.ofPattern("MM/yy");

  /** The view of {@code card}. */
  public static CardView of(Card card) {
    return new CardView(
        card.id(), card.lastFour(), format(card.expiry()), card.holderName(), card.canPay());
  }

  static String format(YearMonth expiry) {
    return MM_YY.format(expiry);
  }
}
