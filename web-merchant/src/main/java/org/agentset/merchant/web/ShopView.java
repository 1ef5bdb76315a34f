package org.agentset.merchant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.db.merchant.Category;
import org.agentset.db.merchant.Product;

/** Backs {@code shop.xhtml}: a shop's home, a shelf of up to four products per category. */
@Named
@ViewScoped
public class ShopView extends ShopPage {

  private static final long serialVersionUID = 1L;

  private Map<Category, List<Product>> shelves;
  private int productCount;

  public void load() {
    if (!loadShop()) {
      return;
    }
    List<Product> all = catalogue.products(getMerchant(), null, null);
    productCount = all.size();
    shelves = new LinkedHashMap<>();
    for (Category c : getCategories()) {
      shelves.put(
          c, all.stream().filter(p -> p.getCategory().getId().equals(c.getId())).limit(4).toList());
    }
  }

  public List<Map.Entry<Category, List<Product>>> getShelves() {
    return List.copyOf(shelves.entrySet());
  }

  public int getProductCount() {
    return productCount;
  }
}
