package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a mandate as the negotiation sees it: what to look for (free-text query, category, or
 * both) and how many. A listing matches when every word of the query appears in its name or
 * description and its category is the requested one (when one is requested).
 */
public record ItemRequest(String query, String category, int quantity, long maxUnitPriceMinor)
    implements Serializable {

  public ItemRequest {
    query = query == null ? "" : query.strip();
    category = category == null ? "" : category.strip();
    if (query.isEmpty() && category.isEmpty()) {
      throw new IllegalArgumentException("an item names a query or a category");
    }
    if (quantity < 1 || quantity > 10_000) {
      throw new IllegalArgumentException("quantity must be 1..10000, was " + quantity);
    }
    if (maxUnitPriceMinor <= 0) {
      throw new IllegalArgumentException("the most per unit must be positive");
    }
  }

  /** Whether {@code listing} is what this line asks for. */
  public boolean matches(Listing listing) {
    Objects.requireNonNull(listing);
    if (!category.isEmpty() && !category.equalsIgnoreCase(listing.category())) {
      return false;
    }
    String text = (listing.name() + " " + listing.description()).toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !text.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** "2 × 'tea' in category Tea", for transcripts. */
  public String describe() {
    StringBuilder s = new StringBuilder().append(quantity).append(" × ");
    s.append(query.isEmpty() ? "any item" : "'" + query + "'");
    if (!category.isEmpty()) {
      s.append(" in category ").append(category);
    }
    return s.toString();
  }
}
