package org.agentset.ans.merchant;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.QuantityDiscount;

/**
 * Reads the merchant server's catalogue feed ({@code GET /merchant/api/merchants/{code}/catalogue},
 * see the merchant API notes) into the {@link Listing}s a merchant agent negotiates over. An item
 * the feed describes inconsistently (floor above list, negative stock) is left out rather than
 * guessed at.
 */
public final class Catalogues {

  private Catalogues() {}

  /** The listings of one catalogue answer. */
  public static List<Listing> listings(String merchant, JsonObject catalogue) {
    String currency = catalogue.getString("currency", "EUR");
    List<Listing> out = new ArrayList<>();
    for (JsonValue v : catalogue.getJsonArray("items")) {
      JsonObject item = v.asJsonObject();
      try {
        out.add(listing(merchant, currency, item));
      } catch (RuntimeException e) {
        // inconsistent item: not offered by the agent
      }
    }
    return out;
  }

  static Listing listing(String merchant, String currency, JsonObject item) {
    List<QuantityDiscount> discounts = new ArrayList<>();
    JsonValue tiers = item.get("quantityDiscounts");
    if (tiers != null && tiers.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue t : tiers.asJsonArray()) {
        JsonObject tier = t.asJsonObject();
        int bp = tier.getJsonNumber("percent").bigDecimalValue().movePointRight(2).intValue();
        discounts.add(new QuantityDiscount(tier.getInt("minQuantity"), bp));
      }
    }
    String categoryName = item.getString("categoryName", "");
    return new Listing(
        merchant,
        item.getString("sku"),
        item.getString("name"),
        item.getString("category", ""),
        item.getString("description", "") + " " + categoryName,
        currency,
        minor(item.getJsonNumber("listPrice")),
        minor(item.getJsonNumber("floorPrice")),
        discounts,
        item.getInt("stock"),
        item.getInt("deliveryDays"));
  }

  /** A JSON amount with at most two decimals, in minor units. */
  public static long minor(JsonNumber n) {
    BigDecimal v = n.bigDecimalValue();
    return v.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }
}
