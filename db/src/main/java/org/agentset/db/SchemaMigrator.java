package org.agentset.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one party's schema up to date with Flyway. Each schema keeps its own history table, so
 * parties migrate independently and a second run is a no-op.
 *
 * <p>Flyway is configured with this class's loader: the scripts live in this jar (the EAR's {@code
 * lib/}), whatever module calls it.
 */
public final class SchemaMigrator {

  private SchemaMigrator() {}

  /** Migrates {@code party}'s schema, creating it when absent, and returns how many scripts ran. */
  public static int migrate(DataSource dataSource, Party party) {
    MigrateResult result =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .schemas(party.schema())
            .createSchemas(true)
            .locations(party.migrationLocation())
            .failOnMissingLocations(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
