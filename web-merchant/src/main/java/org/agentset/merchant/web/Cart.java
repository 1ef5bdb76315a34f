package org.agentset.merchant.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's carts, one per shop, kept in the HTTP session: SKU to quantity, in the order
 * added. Prices are never kept here; they are read from the catalogue when shown and at checkout.
 */
@Named
@SessionScoped
public class Cart implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most units of one product per order. */
  public static final int MAX_QUANTITY = 999;

  private final Map<String, LinkedHashMap<String, Integer>> carts = new HashMap<>();
  private final Map<String, String> notices = new HashMap<>();

  /** Leaves a one-time note for the shop's cart page ("2 × … added to your cart."). */
  public synchronized void notice(String shop, String text) {
    notices.put(shop, text);
  }

  /** The note left for the shop's cart page, once. */
  public synchronized String takeNotice(String shop) {
    return notices.remove(shop);
  }

  /** Adds {@code quantity} of {@code sku} to the shop's cart, at most {@link #MAX_QUANTITY}. */
  public synchronized void add(String shop, String sku, int quantity) {
    carts
        .computeIfAbsent(shop, k -> new LinkedHashMap<>())
        .merge(sku, quantity, (a, b) -> Math.min(MAX_QUANTITY, a + b));
  }

  /** Sets the quantity of a line; zero removes it. */
  public synchronized void set(String shop, String sku, int quantity) {
    LinkedHashMap<String, Integer> cart = carts.computeIfAbsent(shop, k -> new LinkedHashMap<>());
    if (quantity <= 0) {
      cart.remove(sku);
    } else {
      cart.put(sku, Math.min(MAX_QUANTITY, quantity));
    }
  }

  /** The lines of a shop's cart. */
  public synchronized List<Map.Entry<String, Integer>> lines(String shop) {
    return List.copyOf(carts.getOrDefault(shop, new LinkedHashMap<>()).entrySet());
  }

  /** Units in a shop's cart (for the header badge). */
  public synchronized int count(String shop) {
    return carts.getOrDefault(shop, new LinkedHashMap<>()).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** Empties a shop's cart (after checkout). */
  public synchronized void clear(String shop) {
    carts.remove(shop);
  }
}
