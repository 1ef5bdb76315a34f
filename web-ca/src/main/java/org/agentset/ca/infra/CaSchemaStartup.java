package org.agentset.ca.infra;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.agentset.db.Party;
import org.agentset.db.PartySchemaStartup;

/** Migrates the certificate authority's schema when the module deploys. */
@Singleton
@PermitAll
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class CaSchemaStartup extends PartySchemaStartup {

  public CaSchemaStartup() {
    super(Party.CA);
  }
}
