package org.agentset.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database under the whole suite: the datasource answers, and every party's
 * schema has been migrated. The run command waits on {@code /health/ready} before it prints the
 * URLs; the cause of a failure is reported, never a stack trace.
 *
 * <p>It lives in the EAR's {@code lib/} on purpose: WildFly registers the health checks of one
 * sub-deployment of an EAR only (WFLY-12835), and a bean in {@code lib/} is visible to all of them.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = PartySchemaStartup.DATASOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      response.withData("database", c.getMetaData().getDatabaseProductVersion());
      boolean allMigrated = true;
      for (Party party : Party.values()) {
        boolean migrated = isMigrated(c, party.schema());
        response.withData("schema." + party.schema(), migrated ? "migrated" : "missing");
        allMigrated &= migrated;
      }
      return response.status(allMigrated).build();
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }

  private static boolean isMigrated(Connection c, String schema) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select 1 from information_schema.tables"
                + " where table_schema = ? and table_name = 'flyway_schema_history'")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }
}
