package org.agentset.ans.infra;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.agentset.db.Party;
import org.agentset.db.PartySchemaStartup;

/** Migrates the agent server's schema when the module deploys. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AnsSchemaStartup extends PartySchemaStartup {

  public AnsSchemaStartup() {
    super(Party.ANS);
  }
}
