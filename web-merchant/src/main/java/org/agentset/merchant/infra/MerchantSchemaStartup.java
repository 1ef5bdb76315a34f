package org.agentset.merchant.infra;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.agentset.db.Party;
import org.agentset.db.PartySchemaStartup;

/** Migrates the merchant server's schema when the module deploys. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MerchantSchemaStartup extends PartySchemaStartup {

  public MerchantSchemaStartup() {
    super(Party.MERCHANT);
  }
}
