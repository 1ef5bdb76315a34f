package org.agentset.merchant.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What makes a product edit acceptable, and the discount-tier text format. Container-free. */
public final class ProductRules {

  private ProductRules() {}

  /** The first problem with {@code c}, or null. */
  public static String check(BackOffice.ProductChange c) {
    if (c.name() == null || c.name().isBlank() || c.name().length() > 128) {
      return "The name must have 1 to 128 characters.";
    }
    if (c.description() == null || c.description().isBlank() || c.description().length() > 2000) {
      return "The description must have 1 to 2000 characters.";
    }
    if (!cents(c.listPrice()) || !cents(c.floorPrice())) {
      return "Prices must be positive amounts with at most 2 decimals.";
    }
    if (c.floorPrice().compareTo(c.listPrice()) > 0) {
      return "The floor price cannot be above the list price.";
    }
    if (c.stock() < 0 || c.stock() > 1_000_000) {
      return "Stock must be between 0 and 1000000.";
    }
    if (c.deliveryDays() < 0 || c.deliveryDays() > 90) {
      return "Delivery days must be between 0 and 90.";
    }
    return null;
  }

  private static boolean cents(BigDecimal b) {
    return b != null
        && b.signum() > 0
        && b.stripTrailingZeros().scale() <= 2
        && b.compareTo(new BigDecimal("1000000")) < 0;
  }

  /**
   * Reads discount tiers written as {@code "5:5, 10:10"} (from quantity : percent off).
   *
   * @throws IllegalArgumentException explaining the format
   */
  public static List<int[]> tiers(String text) {
    List<int[]> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    int last = 1;
    for (String part : text.split(",")) {
      String[] qp = part.strip().split(":");
      try {
        if (qp.length != 2) {
          throw new NumberFormatException();
        }
        int q = Integer.parseInt(qp[0].strip());
        int p = Integer.parseInt(qp[1].strip().replace("%", ""));
        if (q <= last || p <= 0 || p >= 100) {
          throw new IllegalArgumentException(
              "Tiers need rising quantities from 2 and percentages from 1 to 99: " + part.strip());
        }
        out.add(new int[] {q, p});
        last = q;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Write tiers as quantity:percent, separated by commas, e.g. 5:5, 10:10 (not “"
                + part.strip()
                + "”).");
      }
    }
    return out;
  }

  /** The tiers as text, for the edit form. */
  public static String text(List<int[]> tiers) {
    StringBuilder s = new StringBuilder();
    for (int[] t : tiers) {
      if (!s.isEmpty()) {
        s.append(", ");
      }
      s.append(t[0]).append(':').append(t[1]);
    }
    return s.toString();
  }
}
