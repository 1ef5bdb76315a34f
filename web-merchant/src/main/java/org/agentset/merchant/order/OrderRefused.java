package org.agentset.merchant.order;

import jakarta.ejb.ApplicationException;

/** An order that cannot be placed as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class OrderRefused extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why, with the HTTP status and problem type the API answers with. */
  public enum Kind {
    UNKNOWN_SKU(404, "unknown-sku", "Unknown product"),
    UNAVAILABLE(409, "unavailable", "Product not available"),
    OUT_OF_STOCK(409, "out-of-stock", "Not enough stock"),
    BELOW_FLOOR(422, "below-floor", "Unit price below the floor price"),
    ABOVE_LIST(422, "above-list", "Unit price above the list price"),
    CURRENCY(422, "currency", "Wrong currency"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused"),
    EMPTY(400, "empty-order", "Empty order");

    public final int status;
    public final String type;
    public final String title;

    Kind(int status, String type, String title) {
      this.status = status;
      this.type = type;
      this.title = title;
    }
  }

  private final Kind kind;

  public OrderRefused(Kind kind, String detail) {
    super(detail);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
