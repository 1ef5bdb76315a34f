package org.agentset.merchant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.agentset.db.merchant.Merchant;
import org.agentset.merchant.app.MerchantDirectory;

/** Backs {@code index.xhtml}: the shops hosted on this merchant server. */
@Named
@ViewScoped
public class IndexView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MerchantDirectory directory;

  private List<Merchant> merchants;

  @PostConstruct
  void load() {
    merchants = directory.all();
  }

  public List<Merchant> getMerchants() {
    return merchants;
  }
}
