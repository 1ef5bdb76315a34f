package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.sai.MandateMode;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restart of the agent server loses no agent: after a redeploy the agent's record, transcript and
 * events are the same, its sealed key still opens (a decline after the restart is handled by a
 * customer agent rebuilt from the record, which orders the next agreement), and it still revokes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnsRestartIT {

  @Deployment(name = "suite", managed = false, testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void aRestartKeepsAgentsAndTheirHistory() throws Exception {
    deployer.deploy("suite");
    String agentId;
    String view;
    String transcript;
    long events;
    try {
      WalletLike wallet = WalletLike.enrol("4111111111111111", "Ada Lovelace");
      Instant notAfter = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
      byte[] mandate =
          wallet.mandate(
              List.of(WalletLike.item("tea", null, 1, 4_000)),
              4_000,
              List.of("herbarium-tea"),
              notAfter,
              MandateMode.AUTONOMOUS);
      HttpResponse<String> created =
          wallet.createAgent(mandate, notAfter, "restart-" + UUID.randomUUID());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      agentId = AnsApiIT.field(created.body(), "agentId");
      assertThat(AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING"))
          .isEqualTo("AWAITING_PAYMENT");
      view = AnsClient.get("/ans/api/agents/" + agentId).body();
      transcript = AnsClient.get("/ans/api/agents/" + agentId + "/transcript").body();
      events =
          AnsClient.count(
              "select count(*) from ans.agent_event where agent_id = '" + agentId + "'");
    } finally {
      deployer.undeploy("suite");
    }

    deployer.deploy("suite");
    try {
      assertThat(AnsClient.get("/ans/api/agents/" + agentId).body()).isEqualTo(view);
      assertThat(AnsClient.get("/ans/api/agents/" + agentId + "/transcript").body())
          .isEqualTo(transcript);
      assertThat(
              AnsClient.count(
                  "select count(*) from ans.agent_event where agent_id = '" + agentId + "'"))
          .isEqualTo(events);
      // a decline after the restart: the agent is rebuilt from its record and orders the next offer
      String first =
          AnsClient.string(
              "select callback_token from ans.offer where agent_id = '"
                  + agentId
                  + "' and status = 'ORDERED'");
      assertThat(
              AnsClient.post(
                      "/ans/api/merchant-events/" + first,
                      null,
                      "{\"outcome\":\"DECLINED\",\"reason\":\"card declined\"}")
                  .statusCode())
          .isEqualTo(204);
      String second = null;
      for (int i = 0; i < 400 && second == null; i++) {
        Thread.sleep(250);
        second =
            AnsClient.stringOrNull(
                "select callback_token from ans.offer where agent_id = '"
                    + agentId
                    + "' and status = 'ORDERED'");
      }
      assertThat(second)
          .as("the rebuilt agent ordered its next agreement")
          .isNotNull()
          .isNotEqualTo(first);
      HttpResponse<String> revoked =
          AnsClient.post("/ans/api/agents/" + agentId + "/revoke", "rr-" + agentId, "{}");
      assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    } finally {
      deployer.undeploy("suite");
    }
  }
}
