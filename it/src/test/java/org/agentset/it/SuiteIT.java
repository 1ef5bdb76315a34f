package org.agentset.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUnit;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.agentset.ans.customer.CustomerAgent;
import org.agentset.ans.negotiation.ItemRequest;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.MandateTerms;
import org.agentset.ans.negotiation.MerchantSide;
import org.agentset.ans.negotiation.MerchantStrategy;
import org.agentset.ans.negotiation.Mode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the real EAR on WildFly against PostgreSQL and checks the foundation end to end: every
 * party answers on its context root, Flyway built all five schemas, the customer agent is a real
 * stateful bean, the gateway reaches the bank through the resource adapter, and the server runs the
 * Jakarta EE 10 implementations the suite is built for.
 */
@ExtendWith(ArquillianExtension.class)
class SuiteIT {

  private static final String CUSTOMER_AGENT =
      "java:global/agentset/ejb-agents/CustomerAgentBean!org.agentset.ans.customer.CustomerAgent";

  @Deployment(testable = true)
  static EnterpriseArchive suite() {
    return SuiteArchive.withTests(SuiteIT.class, SuiteArchive.class, Http.class);
  }

  @EJB(lookup = CUSTOMER_AGENT)
  private CustomerAgent agent;

  @EJB(lookup = CUSTOMER_AGENT)
  private CustomerAgent otherAgent;

  @Resource(lookup = "java:jboss/datasources/AgentSetDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "ans")
  private EntityManagerFactory ans;

  @Test
  void aCustomerAgentKeepsItsStateAcrossCallsAndAgentsAreSeparate() {
    java.time.Instant now = java.time.Instant.now();
    agent.open(
        new MandateTerms(
            "M-IT",
            "CN=Ada",
            List.of(new ItemRequest("tea", "", 2, 2_000)),
            5_000,
            "EUR",
            java.util.Set.of(),
            now.minusSeconds(60),
            now.plusSeconds(600),
            Mode.AUTONOMOUS),
        1);
    agent.negotiate(
        List.of(
            new MerchantSide(
                "herbarium-tea",
                List.of(
                    new Listing(
                        "herbarium-tea",
                        "HT-1",
                        "Green tea",
                        "Tea",
                        "",
                        "EUR",
                        1_900,
                        1_200,
                        List.of(),
                        10,
                        2)),
                MerchantStrategy.LINEAR)));
    assertThat(agent.selection(0))
        .get()
        .extracting(d -> d.offer().unitPriceMinor())
        .satisfies(p -> assertThat(p).isBetween(1_200L, 2_000L));
    assertThatThrownBy(() -> otherAgent.selection(0))
        .isInstanceOf(EJBException.class)
        .hasRootCauseMessage("the agent has no open negotiation");
    agent.end();
  }

  @Test
  void flywayCreatedAllFiveSchemas() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String schema : List.of("ca", "ans", "merchant", "gateway", "bank")) {
        List<String> versions = new ArrayList<>();
        try (ResultSet rs =
            s.executeQuery(
                "select version from "
                    + schema
                    + ".flyway_schema_history"
                    + " where success and version is not null order by installed_rank")) {
          while (rs.next()) {
            versions.add(rs.getString(1));
          }
        }
        assertThat(versions).as(schema).startsWith("1");
      }
    }
  }

  @Test
  void theServerRunsFaces40AndPersistence31() {
    assertThat(FacesContext.class.getPackage().getImplementationVersion()).startsWith("4.0.");
    assertThat(Persistence.class.getPackage().getImplementationVersion()).startsWith("3.1.");
    assertThat(ans.getClass().getName()).startsWith("org.hibernate.");
    assertThat(ans.getClass().getPackage().getImplementationVersion()).startsWith("6.6.");
  }

  @Test
  @RunAsClient
  void everyPartyAnswersOnItsContextRoot() throws Exception {
    for (String root : List.of("/merchant/", "/ans/", "/gateway/", "/ca/")) {
      assertThat(Http.get(Http.app(root)).statusCode()).as(root).isEqualTo(200);
    }
    assertThat(Http.get(Http.app("/merchant/")).body())
        .contains("Nordlicht Books", "Voltaic Parts", "Herbarium Tea Co.");
    assertThat(Http.get(Http.app("/ans/api/status")).body())
        .contains("\"party\":\"Agent Negotiation Server\"", "\"schema\":\"ans\"");
    assertThat(Http.get(Http.app("/ca/api/status")).body()).contains("\"schema\":\"ca\"");
    assertThat(Http.get(Http.app("/gateway/api/status")).body()).contains("\"schema\":\"gateway\"");
    assertThat(Http.get(Http.app("/merchant/api/status")).body()).contains("\"count\":3");
  }

  @Test
  @RunAsClient
  void theOperatorConsolesGetTheSharedStylesheetFromTheEarsClassPath() throws Exception {
    for (String party : List.of("/ca", "/gateway")) {
      String page = Http.get(Http.app(party + "/login.xhtml")).body();
      java.util.regex.Matcher link =
          java.util.regex.Pattern.compile("href=\"([^\"]*console\\.css[^\"]*)\"").matcher(page);
      assertThat(link.find()).as(party + " links the console stylesheet").isTrue();
      HttpResponse<String> css = Http.get(Http.app(link.group(1).replace("&amp;", "&")));
      assertThat(css.statusCode()).as(party + " serves " + link.group(1)).isEqualTo(200);
      assertThat(css.body()).as(party).contains(".nowrap");
    }
  }

  @Test
  @RunAsClient
  void theGatewayReachesTheBankThroughThePooledAdapter() throws Exception {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> echo = Http.get(Http.app("/gateway/api/bank/echo"));
      assertThat(echo.statusCode()).isEqualTo(200);
      assertThat(echo.body()).contains("\"up\":true", "\"responseCode\":\"00\"");
    }
  }

  @Test
  @RunAsClient
  void readinessReportsTheDatabaseAndEverySchema() throws Exception {
    HttpResponse<String> ready = Http.get(Http.management("/health/ready"));
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"schema.bank\":\"migrated\"", "\"schema.ca\":\"migrated\"");
  }
}
