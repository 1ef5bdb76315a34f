package org.agentset.merchant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.agentset.db.merchant.Merchant;
import org.agentset.merchant.catalogue.Catalogue;

/** Backs {@code index.xhtml}: the shops hosted on this merchant server. */
@Named
@ViewScoped
public class IndexView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Catalogue catalogue;

  private List<Merchant> merchants;

  @PostConstruct
  void load() {
    merchants = catalogue.merchants();
  }

  public List<Merchant> getMerchants() {
    return merchants;
  }
}
