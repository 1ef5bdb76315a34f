package org.agentset.merchant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.agentset.db.merchant.Product;

/** Backs {@code search.xhtml}: a shop's products matching every word of {@code ?q=}. */
@Named
@ViewScoped
public class SearchView extends ShopPage {

  private static final long serialVersionUID = 1L;

  private String q;
  private List<Product> products;

  public void load() {
    if (!loadShop()) {
      return;
    }
    String query = q == null ? "" : q.strip();
    if (query.length() > 100) {
      query = query.substring(0, 100);
    }
    q = query;
    products = query.isEmpty() ? List.of() : catalogue.products(getMerchant(), null, query);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<Product> getProducts() {
    return products;
  }
}
