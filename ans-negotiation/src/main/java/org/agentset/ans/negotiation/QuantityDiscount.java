package org.agentset.ans.negotiation;

import java.io.Serializable;

/** From {@code minQuantity} units on, the list price drops by {@code basisPoints} (100 = 1 %). */
public record QuantityDiscount(int minQuantity, int basisPoints) implements Serializable {

  public QuantityDiscount {
    if (minQuantity < 2) {
      throw new IllegalArgumentException("a quantity discount starts at 2 units or more");
    }
    if (basisPoints <= 0 || basisPoints >= 10_000) {
      throw new IllegalArgumentException("a discount is 1..9999 basis points");
    }
  }
}
