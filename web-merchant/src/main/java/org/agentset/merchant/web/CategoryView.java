package org.agentset.merchant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.agentset.db.merchant.Category;
import org.agentset.db.merchant.Product;

/** Backs {@code category.xhtml}: every product of one category ({@code ?m=&c=}). */
@Named
@ViewScoped
public class CategoryView extends ShopPage {

  private static final long serialVersionUID = 1L;

  private String c;
  private Category category;
  private List<Product> products;

  public void load() {
    if (!loadShop()) {
      return;
    }
    category = catalogue.category(getMerchant(), c).orElse(null);
    if (category == null) {
      notFound(getMerchant().getName() + " has no category “" + (c == null ? "" : c) + "”.");
      return;
    }
    products = catalogue.products(getMerchant(), c, null);
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }

  public Category getCategory() {
    return category;
  }

  public List<Product> getProducts() {
    return products;
  }
}
