package org.agentset.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.agentset.server.DatabaseSettings;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploying the suite a second time applies no migration: the schemas' histories stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {

  @Deployment(name = "suite", managed = false, testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void aSecondDeployIsANoOp() throws Exception {
    deployer.deploy("suite");
    List<String> first = histories();
    deployer.undeploy("suite");
    deployer.deploy("suite");
    List<String> second = histories();
    deployer.undeploy("suite");
    assertThat(first).hasSizeGreaterThanOrEqualTo(5).allMatch(row -> row.contains("|true"));
    assertThat(second).isEqualTo(first);
  }

  /** Every row of every party's Flyway history, installation time included. */
  private static List<String> histories() throws SQLException {
    DatabaseSettings db = TestDatabase.settings();
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      for (String schema : List.of("ca", "ans", "merchant", "gateway", "bank")) {
        try (ResultSet rs =
            s.executeQuery(
                "select installed_rank, version, checksum, installed_on, success from "
                    + schema
                    + ".flyway_schema_history order by installed_rank")) {
          while (rs.next()) {
            rows.add(
                schema
                    + "|"
                    + rs.getInt(1)
                    + "|"
                    + rs.getString(2)
                    + "|"
                    + rs.getObject(3)
                    + "|"
                    + rs.getTimestamp(4)
                    + "|"
                    + rs.getBoolean(5));
          }
        }
      }
    }
    return rows;
  }
}
