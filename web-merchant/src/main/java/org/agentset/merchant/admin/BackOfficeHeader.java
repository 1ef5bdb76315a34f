package org.agentset.merchant.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.agentset.db.merchant.Merchant;

/** The back office header's merchant name and code, for the signed-in operator. */
@Named
@RequestScoped
public class BackOfficeHeader {

  @EJB private BackOffice office;

  private Merchant merchant;

  private Merchant merchant() {
    if (merchant == null) {
      merchant = office.merchant();
    }
    return merchant;
  }

  public String getMerchantName() {
    return merchant().getName();
  }

  public String getMerchantCode() {
    return merchant().getCode();
  }
}
