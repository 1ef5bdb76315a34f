package org.agentset.merchant.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.agentset.db.merchant.Category;
import org.agentset.db.merchant.Merchant;
import org.agentset.merchant.catalogue.Catalogue;

/**
 * Base of the storefront pages of one shop ({@code ?m=<merchant code>}): finds the merchant or
 * answers the proper 404 page, and offers the shop's categories for the navigation.
 */
public abstract class ShopPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected transient Catalogue catalogue;

  private String m;
  private Merchant merchant;
  private List<Category> categories;

  /** Loads the shop; false (with a 404 sent) when there is none. */
  protected boolean loadShop() {
    merchant = catalogue.merchant(m).orElse(null);
    if (merchant == null) {
      notFound("There is no shop called “" + (m == null ? "" : m) + "” on this market.");
      return false;
    }
    categories = catalogue.categories(merchant);
    return true;
  }

  /** Answers 404 with the not-found page explaining {@code why}. */
  public static void notFound(String why) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    ext.getRequestMap().put("notFoundReason", why);
    try {
      ext.responseSendError(404, why);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getM() {
    return m;
  }

  public void setM(String m) {
    this.m = m;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public List<Category> getCategories() {
    return categories;
  }
}
