package org.agentset.merchant.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of "create order from agreed terms", and its field checks (container-free). Fields are
 * boxed so a missing one is told apart from a zero.
 */
public record OrderTerms(
    String sku,
    Integer quantity,
    BigDecimal unitPrice,
    String currency,
    String callbackUrl,
    String agreementRef) {

  /** Every bad field, or an empty list. */
  public List<Problem.FieldError> errors() {
    List<Problem.FieldError> e = new ArrayList<>();
    if (sku == null || !sku.matches("[A-Z0-9-]{1,32}")) {
      e.add(new Problem.FieldError("sku", "required: the product's SKU, e.g. NB-MAP-001"));
    }
    if (quantity == null || quantity < 1 || quantity > 999) {
      e.add(new Problem.FieldError("quantity", "required: a whole number from 1 to 999"));
    }
    if (unitPrice == null
        || unitPrice.signum() <= 0
        || unitPrice.stripTrailingZeros().scale() > 2) {
      e.add(
          new Problem.FieldError(
              "unitPrice", "required: a positive amount with at most 2 decimals"));
    } else if (unitPrice.compareTo(new BigDecimal("1000000")) >= 0) {
      e.add(new Problem.FieldError("unitPrice", "must be below 1000000"));
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      e.add(new Problem.FieldError("currency", "required: an ISO 4217 code such as EUR"));
    }
    if (!validCallback(callbackUrl)) {
      e.add(
          new Problem.FieldError(
              "callbackUrl", "required: an absolute http(s) URL of at most 512 characters"));
    }
    if (agreementRef == null || agreementRef.isBlank() || agreementRef.length() > 128) {
      e.add(new Problem.FieldError("agreementRef", "required: 1 to 128 characters"));
    }
    return e;
  }

  private static boolean validCallback(String url) {
    if (url == null || url.length() > 512) {
      return false;
    }
    try {
      URI u = new URI(url);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null
          && u.getFragment() == null;
    } catch (java.net.URISyntaxException ex) {
      return false;
    }
  }
}
