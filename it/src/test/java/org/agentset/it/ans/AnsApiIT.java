package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent server's API against the deployed suite, from the outside: key reservation under
 * Idempotency-Key, and every kind of bad request refused with a problem that says why — changing
 * nothing in the {@code ans} schema.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnsApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aReservedKeyIsAPkcs10ForTheAgentIdAndRepeatsUnderTheSameKey() throws Exception {
    String key = "reserve-" + UUID.randomUUID();
    HttpResponse<String> r = AnsClient.post("/ans/api/agents/keys", key, "{}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String agentId = field(r.body(), "agentId");
    PKCS10CertificationRequest csr =
        new PKCS10CertificationRequest(
            Base64.getDecoder().decode(field(r.body(), "certificationRequest")));
    assertThat(csr.getSubject().toString()).contains("CN=" + agentId);
    HttpResponse<String> again = AnsClient.post("/ans/api/agents/keys", key, "{}");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(r.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    HttpResponse<String> other =
        AnsClient.post("/ans/api/agents/keys", key, "{\"suite\":\"p256\"}");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(other.body()).contains("idempotency-key-reused");
    HttpResponse<String> none = AnsClient.post("/ans/api/agents/keys", null, "{}");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("Idempotency-Key");
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_key_reservation where agent_id = '"
                    + agentId
                    + "'"))
        .isEqualTo(1);
    // the key is stored sealed: the row holds no PKCS#8 EC private key structure in clear
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_key_reservation where agent_id = '"
                    + agentId
                    + "' and get_byte(sealed_key, 0) = 1 and length(sealed_key) > 100"))
        .isEqualTo(1);
  }

  @Test
  void badMandatesAreRefusedWithAReasonAndCreateNothing() throws Exception {
    String reservation =
        AnsClient.post("/ans/api/agents/keys", "k-" + UUID.randomUUID(), "{}").body();
    String agentId = field(reservation, "agentId");
    byte[] csr = Base64.getDecoder().decode(field(reservation, "certificationRequest"));
    long before = AnsClient.count("select count(*) from ans.agent");
    String garbage = Base64.getEncoder().encodeToString("not a mandate".getBytes());
    HttpResponse<String> r =
        AnsClient.post(
            "/ans/api/agents",
            "c-" + UUID.randomUUID(),
            "{\"agentId\":\""
                + agentId
                + "\",\"mandate\":\""
                + garbage
                + "\",\"agentCertificateRequest\":\""
                + garbage
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.body())
        .contains("problems/mandate-signature")
        .contains("not a signed AgentSET mandate");

    HttpResponse<String> foreign =
        AnsClient.post(
            "/ans/api/agents", "c-" + UUID.randomUUID(), ForeignWallet.createBody(agentId, csr));
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
    assertThat(foreign.body()).contains("problems/mandate-signer").contains("does not vouch for");

    HttpResponse<String> missing =
        AnsClient.post(
            "/ans/api/agents", "c-" + UUID.randomUUID(), "{\"agentId\":\"" + agentId + "\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("'mandate' is required");
    HttpResponse<String> notJson =
        AnsClient.post("/ans/api/agents", "c-" + UUID.randomUUID(), "[1,2");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("malformed-json");
    assertThat(AnsClient.count("select count(*) from ans.agent")).isEqualTo(before);
  }

  @Test
  void unknownAgentsUnauthorisedChannelsAndTheContract() throws Exception {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> g = AnsClient.get("/ans/api/agents/" + id);
    assertThat(g.statusCode()).isEqualTo(404);
    assertThat(g.body()).contains("problems/not-found");
    assertThat(AnsClient.post("/ans/api/agents/" + id + "/revoke", "r-" + id, "{}").statusCode())
        .isEqualTo(404);
    assertThat(AnsClient.get("/ans/api/agents/not-a-uuid").statusCode()).isEqualTo(404);
    HttpResponse<String> sai = AnsClient.get("/ans/api/sai/channel");
    assertThat(sai.statusCode()).isEqualTo(401);
    assertThat(sai.body()).contains("SAI-Authorization");
    HttpResponse<String> event =
        AnsClient.post(
            "/ans/api/merchant-events/" + "0".repeat(32), null, "{\"outcome\":\"AUTHORISED\"}");
    assertThat(event.statusCode()).isEqualTo(404);
    HttpResponse<String> api = AnsClient.get("/ans/api/openapi.yaml");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("openapi: 3.0.3").contains("/agents/{id}/events");
  }

  @Test
  void theOperatorViewNeedsAnAgentServerOperatorAndThePagesRender() throws Exception {
    AnsClient.seedOperator();
    assertThat(AnsClient.get("/ans/operator.xhtml").statusCode()).isEqualTo(401);
    assertThat(
            AnsClient.getAs("/ans/operator.xhtml", AnsClient.OPERATOR, "wrong password")
                .statusCode())
        .isEqualTo(401);
    HttpResponse<String> ok =
        AnsClient.getAs("/ans/operator.xhtml", AnsClient.OPERATOR, AnsClient.OPERATOR_PASSWORD);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("All agents")
        .contains("AWAITING_PAYMENT")
        .contains("Agent beans in memory");
    assertThat(AnsClient.get("/ans/api/agents").statusCode()).isEqualTo(401);
    HttpResponse<String> list =
        AnsClient.getAs("/ans/api/agents", AnsClient.OPERATOR, AnsClient.OPERATOR_PASSWORD);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).startsWith("{\"agents\":[");
    HttpResponse<String> start = AnsClient.get("/ans/");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body()).contains("Your shopping agents").contains("Follow an agent");
    HttpResponse<String> missing = AnsClient.get("/ans/agent.xhtml?id=" + UUID.randomUUID());
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("No such agent");
  }

  static String field(String json, String name) {
    try (var r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      return r.readObject().getString(name);
    }
  }
}
