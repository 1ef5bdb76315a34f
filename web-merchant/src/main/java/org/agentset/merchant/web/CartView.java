package org.agentset.merchant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.db.merchant.Product;
import org.agentset.merchant.catalogue.Catalogue;

/** Backs {@code cart.xhtml}: the shop's cart with today's prices, quantities editable. */
@Named
@ViewScoped
public class CartView extends ShopPage {

  private static final long serialVersionUID = 1L;

  @Inject private Cart cart;

  /** A cart line as shown. */
  public record Line(Product product, int quantity, BigDecimal unitPrice, BigDecimal total) {}

  private List<Line> lines;
  private BigDecimal total;
  private String added;

  public void load() {
    if (!loadShop()) {
      return;
    }
    added = cart.takeNotice(getMerchant().getCode());
    refresh();
  }

  /** What was just added, shown once. */
  public String getAdded() {
    return added;
  }

  private void refresh() {
    lines = new ArrayList<>();
    total = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> e : cart.lines(getMerchant().getCode())) {
      Product p = catalogue.product(getMerchant(), e.getKey()).orElse(null);
      if (p == null || !p.isActive()) {
        cart.set(getMerchant().getCode(), e.getKey(), 0);
        continue;
      }
      BigDecimal unit = Catalogue.pricing(p).unitPriceFor(e.getValue());
      BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(e.getValue()));
      lines.add(new Line(p, e.getValue(), unit, lineTotal));
      total = total.add(lineTotal);
    }
  }

  public void remove(String sku) {
    cart.set(getMerchant().getCode(), sku, 0);
    refresh();
  }

  public void increase(String sku) {
    cart.add(getMerchant().getCode(), sku, 1);
    refresh();
  }

  public void decrease(String sku) {
    int now =
        cart.lines(getMerchant().getCode()).stream()
            .filter(e -> e.getKey().equals(sku))
            .mapToInt(Map.Entry::getValue)
            .sum();
    cart.set(getMerchant().getCode(), sku, now - 1);
    refresh();
  }

  public List<Line> getLines() {
    return lines;
  }

  public BigDecimal getTotal() {
    return total;
  }
}
