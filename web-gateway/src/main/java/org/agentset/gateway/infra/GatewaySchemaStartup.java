package org.agentset.gateway.infra;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.agentset.db.Party;
import org.agentset.db.PartySchemaStartup;

/** Migrates the payment gateway's schema when the module deploys. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class GatewaySchemaStartup extends PartySchemaStartup {

  public GatewaySchemaStartup() {
    super(Party.GATEWAY);
  }
}
