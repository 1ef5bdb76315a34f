package org.agentset.ans.negotiation;

import java.util.List;
import java.util.Locale;

/** Says, in a sentence or three, why the agent chose an agreement over the others it reached. */
final class Explanation {

  private Explanation() {}

  static String of(Deal chosen, List<Deal> others, ItemRequest line) {
    Offer o = chosen.offer();
    StringBuilder s =
        new StringBuilder("Selected ")
            .append(o.merchant())
            .append(": ")
            .append(o.describe())
            .append(", total ")
            .append(Money.format(o.totalMinor(), o.currency()))
            .append(" (mandate allows ")
            .append(Money.format(line.maxUnitPriceMinor(), o.currency()))
            .append(" per unit), agreed in ")
            .append(chosen.rounds())
            .append(chosen.rounds() == 1 ? " round" : " rounds")
            .append("; utility ")
            .append(fmt(chosen.utility()))
            .append(" = price ")
            .append(fmt(chosen.score().price()))
            .append(" + delivery ")
            .append(fmt(chosen.score().delivery()))
            .append(" + merchant ")
            .append(fmt(chosen.score().merchant()))
            .append('.');
    if (others.isEmpty()) {
      s.append(" No other merchant agreed to terms within the mandate.");
      return s.toString();
    }
    Deal next = others.get(0);
    Offer n = next.offer();
    s.append(" Next best: ")
        .append(n.merchant())
        .append(" at ")
        .append(Money.format(n.unitPriceMinor(), n.currency()))
        .append(", ")
        .append(n.deliveryDays())
        .append(" days, utility ")
        .append(fmt(next.utility()));
    long priceDiff = n.unitPriceMinor() - o.unitPriceMinor();
    int dayDiff = n.deliveryDays() - o.deliveryDays();
    if (priceDiff < 0 && dayDiff > 0) {
      s.append(" — cheaper by ")
          .append(Money.format(-priceDiff, n.currency()))
          .append(" per unit but ")
          .append(days(dayDiff))
          .append(" slower");
    } else if (priceDiff > 0 && dayDiff < 0) {
      s.append(" — ")
          .append(days(-dayDiff))
          .append(" faster but dearer by ")
          .append(Money.format(priceDiff, n.currency()))
          .append(" per unit");
    } else if (priceDiff > 0) {
      s.append(" — dearer by ").append(Money.format(priceDiff, n.currency())).append(" per unit");
    } else if (dayDiff > 0) {
      s.append(" — ").append(days(dayDiff)).append(" slower");
    }
    s.append('.');
    if (others.size() > 1) {
      s.append(' ').append(others.size() - 1).append(" more agreement(s) kept in reserve.");
    }
    return s.toString();
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
