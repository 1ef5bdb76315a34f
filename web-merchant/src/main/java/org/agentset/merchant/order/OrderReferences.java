package org.agentset.merchant.order;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;

/**
 * LID-M references and the order descriptions (SET's OD) the cardholder's HOD covers.
 * Container-free.
 */
public final class OrderReferences {

  /** Crockford's base32 alphabet: no I, L, O, U, easy to read out on the telephone. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final SecureRandom random;

  public OrderReferences(SecureRandom random) {
    this.random = random;
  }

  /** A fresh LID-M such as {@code NB-7KQ2M9XD4P}: the merchant's prefix and 50 random bits. */
  public String newLidM(String prefix) {
    StringBuilder s = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 10; i++) {
      s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  /** One order line as the description names it. */
  public record Line(String sku, String name, int quantity, BigDecimal unitPrice) {}

  /**
   * The order description: every line with quantity, name, SKU and unit price, the shop, the LID-M
   * and the total, in plain text the wallet shows before the customer signs.
   */
  public static String describe(
      String shopName, String lidM, List<Line> lines, BigDecimal total, String currency) {
    StringBuilder s = new StringBuilder();
    s.append(shopName).append(" order ").append(lidM).append(": ");
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (i > 0) {
        s.append("; ");
      }
      s.append(l.quantity())
          .append(" × ")
          .append(l.name())
          .append(" (")
          .append(l.sku())
          .append(") at ")
          .append(l.unitPrice().toPlainString())
          .append(' ')
          .append(currency);
    }
    s.append(". Total ").append(total.toPlainString()).append(' ').append(currency).append('.');
    return s.toString();
  }
}
