package org.agentset.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Base of each party's start-up bean: migrates the party's schema when its module deploys, before
 * any request reaches it. Subclasses are {@code @Singleton @Startup} beans with bean-managed
 * transactions (Flyway commits its own work) that name their party.
 */
public abstract class PartySchemaStartup {

  /** JNDI name of the suite's one XA datasource, created by the server configuration scripts. */
  public static final String DATASOURCE = "java:jboss/datasources/AgentSetDS";

  private static final Logger LOG = Logger.getLogger(PartySchemaStartup.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  private final Party party;

  protected PartySchemaStartup(Party party) {
    this.party = party;
  }

  @PostConstruct
  void migrate() {
    int executed = SchemaMigrator.migrate(dataSource, party);
    LOG.info(() -> "Schema " + party.schema() + ": " + executed + " migration(s) applied");
  }
}
