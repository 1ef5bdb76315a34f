package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.ca.Pki;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetCertificateInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer agents created by a wallet-like client holding a communication certificate the deployed
 * CA issued (after SET cardholder registration): the agent is certified by the CA on the wallet's
 * signed word, negotiates with the demo merchants' agents over the merchant API, records its
 * transcript and events (also as server-sent events), and can be revoked; a mandate is used once;
 * what the wallet signs is checked against that wallet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnsAgentIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static WalletLike wallet;

  @BeforeAll
  static void enrol() throws Exception {
    wallet = WalletLike.enrol("4111111111111111", "Ada Lovelace");
  }

  static Instant deadline(Duration in) {
    return Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void anAgentIsCertifiedNegotiatesAndKeepsItsRecord() throws Exception {
    Instant notAfter = deadline(Duration.ofHours(2));
    byte[] mandate =
        wallet.mandate(
            List.of(WalletLike.item("tea", null, 2, 3_000)),
            10_000,
            List.of(),
            notAfter,
            MandateMode.AUTONOMOUS);
    String key = "create-" + UUID.randomUUID();
    HttpResponse<String> created = wallet.createAgent(mandate, notAfter, key);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String agentId = AnsApiIT.field(created.body(), "agentId");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/ans/api/agents/" + agentId));
    assertThat(AnsApiIT.field(created.body(), "agentPage"))
        .endsWith("/ans/agent.xhtml?id=" + agentId);
    assertThat(AnsClient.get("/ans/agent.xhtml?id=" + agentId).body())
        .contains(agentId)
        .contains("Transcript");
    assertThat(AnsApiIT.field(created.body(), "walletPage"))
        .contains("/ans/customer.xhtml?wallet=");
    X509Certificate agentCert =
        Pki.certificates(AnsApiIT.field(created.body(), "certificateChain")).get(0);
    assertThat(SetCertificateInfo.of(agentCert).profile())
        .contains(CertificateProfile.CUSTOMER_AGENT);
    assertThat(agentCert.getSubjectX500Principal().getName()).contains("CN=" + agentId);
    // the CA certifies the agent for no longer than the mandate runs
    assertThat(agentCert.getNotAfter().toInstant()).isBetween(notAfter.minusSeconds(5), notAfter);

    // the same mandate cannot make a second agent
    HttpResponse<String> again =
        wallet.createAgent(mandate, notAfter, "create-" + UUID.randomUUID());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("mandate-used");

    // negotiation with the demo merchants' agents runs to an agreement and step I
    String state = AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING");
    String view = AnsClient.get("/ans/api/agents/" + agentId).body();
    assertThat(state).as(view).isEqualTo("AWAITING_PAYMENT");
    assertThat(view).contains("\"selection\":{").contains("\"lidM\"");
    String transcript = AnsClient.get("/ans/api/agents/" + agentId + "/transcript").body();
    assertThat(transcript)
        .contains("CALL_FOR_PROPOSALS")
        .contains("PROPOSAL")
        .contains("SELECTION");
    assertThat(
            AnsClient.count(
                "select count(*) from ans.transcript_entry where agent_id = '" + agentId + "'"))
        .isGreaterThan(3);
    assertThat(
            AnsClient.count(
                "select count(*) from ans.offer where agent_id = '"
                    + agentId
                    + "' and status = 'ORDERED'"))
        .isEqualTo(1);

    // the events as server-sent events, replayed from the durable record
    List<String> lines = sse("/ans/api/agents/" + agentId + "/events", 8);
    assertThat(lines).contains("event: state").anySatisfy(l -> assertThat(l).startsWith("id: 1"));

    // revoke: the agent stops, its key is destroyed; a second revoke is refused
    HttpResponse<String> revoked =
        AnsClient.post(
            "/ans/api/agents/" + agentId + "/revoke",
            "rv-" + agentId,
            "{\"reason\":\"changed my mind\"}");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(AnsApiIT.field(revoked.body(), "state")).isEqualTo("REVOKED");
    assertThat(AnsApiIT.field(revoked.body(), "stateReason")).contains("changed my mind");
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_key where agent_id = '"
                    + agentId
                    + "' and sealed_key is null and destroyed_at is not null"))
        .isEqualTo(1);
    HttpResponse<String> twice =
        AnsClient.post("/ans/api/agents/" + agentId + "/revoke", "rv2-" + agentId, "{}");
    assertThat(twice.statusCode()).isEqualTo(409);
  }

  /**
   * Step III as the agent server sees it. The test plays the merchant server's completion POST to
   * the callback URL the merchant agent gave (the real merchant server sends the same JSON when a
   * payment completes): a decline moves the agent to its next acceptable agreement, which is
   * ordered in turn; an authorisation ends the agent PAID and tells the customer. A repeated event
   * changes nothing.
   */
  @Test
  void aDeclineMovesToTheNextOfferAndAnAuthorisationEndsPaid() throws Exception {
    Instant notAfter = deadline(Duration.ofHours(1));
    byte[] mandate =
        wallet.mandate(
            List.of(WalletLike.item("tea", null, 1, 4_000)),
            4_000,
            List.of("herbarium-tea"),
            notAfter,
            MandateMode.AUTONOMOUS);
    HttpResponse<String> created = wallet.createAgent(mandate, notAfter, "c3-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String agentId = AnsApiIT.field(created.body(), "agentId");
    assertThat(AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING"))
        .isEqualTo("AWAITING_PAYMENT");
    assertThat(AnsClient.count("select count(*) from ans.offer where agent_id = '" + agentId + "'"))
        .as("fallback agreements")
        .isGreaterThan(1);
    String first =
        AnsClient.string(
            "select callback_token from ans.offer where agent_id = '"
                + agentId
                + "' and status = 'ORDERED'");
    HttpResponse<String> declined =
        AnsClient.post(
            "/ans/api/merchant-events/" + first,
            "e-" + first,
            "{\"eventId\":\""
                + UUID.randomUUID()
                + "\",\"outcome\":\"DECLINED\",\"reason\":\"insufficient funds\",\"xid\":null}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(204);
    String second = null;
    for (int i = 0; i < 400 && second == null; i++) {
      Thread.sleep(250);
      second =
          AnsClient.stringOrNull(
              "select callback_token from ans.offer where agent_id = '"
                  + agentId
                  + "' and status = 'ORDERED'");
    }
    assertThat(second).as("a second order from the next agreement").isNotNull().isNotEqualTo(first);
    assertThat(
            AnsClient.string("select status from ans.offer where callback_token = '" + first + "'"))
        .isEqualTo("DECLINED");
    assertThat(AnsClient.get("/ans/api/agents/" + agentId).body()).contains("AWAITING_PAYMENT");
    String event =
        "{\"eventId\":\""
            + UUID.randomUUID()
            + "\",\"outcome\":\"AUTHORISED\",\"reason\":null,\"xid\":\"WElELUZPUi1JVA==\"}";
    assertThat(AnsClient.post("/ans/api/merchant-events/" + second, null, event).statusCode())
        .isEqualTo(204);
    assertThat(AnsClient.post("/ans/api/merchant-events/" + second, null, event).statusCode())
        .isEqualTo(204);
    String view = AnsClient.get("/ans/api/agents/" + agentId).body();
    assertThat(AnsApiIT.field(view, "state")).as(view).isEqualTo("PAID");
    assertThat(view).contains("WElELUZPUi1JVA==");
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_event where agent_id = '"
                    + agentId
                    + "' and kind = 'payment' and text like 'Payment completed%'"))
        .isEqualTo(1);
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_key where agent_id = '"
                    + agentId
                    + "' and sealed_key is null"))
        .isEqualTo(1);
  }

  @Test
  void whatTheWalletSignsMustBeOneWalletsAndFitTheMandate() throws Exception {
    Instant notAfter = deadline(Duration.ofHours(1));
    byte[] mandate =
        wallet.mandate(
            List.of(WalletLike.item("map", null, 1, 2_000)),
            2_000,
            List.of("nordlicht-books"),
            notAfter,
            MandateMode.CONFIRM);
    long before = AnsClient.count("select count(*) from ans.agent");
    // the agent request signed by a foreign wallet
    String reservation =
        AnsClient.post("/ans/api/agents/keys", "k-" + UUID.randomUUID(), "{}").body();
    String agentId = AnsApiIT.field(reservation, "agentId");
    byte[] csr =
        java.util.Base64.getDecoder().decode(AnsApiIT.field(reservation, "certificationRequest"));
    String foreign = ForeignWallet.createBody(agentId, csr);
    String mixed =
        ForeignWallet.body(
            agentId,
            mandate,
            java.util.Base64.getDecoder()
                .decode(AnsApiIT.field(foreign, "agentCertificateRequest")));
    HttpResponse<String> r = AnsClient.post("/ans/api/agents", "m-" + UUID.randomUUID(), mixed);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.body()).contains("does not vouch for");
    // an agent request for another deadline than the mandate's
    byte[] late =
        ForeignWallet.agentRequest(
            agentId, csr, notAfter.plusSeconds(600), wallet.wallet, wallet.walletKeys);
    HttpResponse<String> l =
        AnsClient.post(
            "/ans/api/agents",
            "m-" + UUID.randomUUID(),
            ForeignWallet.body(agentId, mandate, late));
    assertThat(l.statusCode()).as(l.body()).isEqualTo(422);
    assertThat(l.body()).contains("mandate-terms").contains("deadline");
    // an agent request for another agent id than reserved
    byte[] other =
        ForeignWallet.agentRequest(
            UUID.randomUUID().toString(), csr, notAfter, wallet.wallet, wallet.walletKeys);
    HttpResponse<String> o =
        AnsClient.post(
            "/ans/api/agents",
            "m-" + UUID.randomUUID(),
            ForeignWallet.body(agentId, mandate, other));
    assertThat(o.statusCode()).as(o.body()).isEqualTo(422);
    assertThat(o.body()).contains("agent-id");
    assertThat(AnsClient.count("select count(*) from ans.agent")).isEqualTo(before);
    // the SAI channel opens for this wallet only with a fresh signed authorisation
    HttpResponse<InputStream> sai =
        AnsClient.HTTP.send(
            HttpRequest.newBuilder(URI.create(AnsClient.url("/ans/api/sai/channel")))
                .header("SAI-Authorization", wallet.saiAuthorization())
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(sai.statusCode()).isEqualTo(200);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(sai.body(), StandardCharsets.UTF_8))) {
      List<String> first = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        first.add(in.readLine());
      }
      assertThat(first).contains("event: ping");
    }
  }

  /**
   * The wallet never connects: the agent orders, its payment start waits on the SAI channel, and
   * when the mandate's deadline passes the agent ends EXPIRED, saying why, with its key destroyed.
   */
  @Test
  void aPaymentStartWaitsForAnOfflineWalletUntilTheDeadline() throws Exception {
    Instant notAfter = deadline(Duration.ofSeconds(80));
    byte[] mandate =
        wallet.mandate(
            List.of(WalletLike.item("tea", null, 1, 4_000)),
            4_000,
            List.of("herbarium-tea"),
            notAfter,
            MandateMode.AUTONOMOUS);
    HttpResponse<String> created =
        wallet.createAgent(mandate, notAfter, "offline-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String agentId = AnsApiIT.field(created.body(), "agentId");
    assertThat(AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING"))
        .isEqualTo("AWAITING_PAYMENT");
    assertThat(AnsClient.stateAfter(agentId, "AWAITING_PAYMENT")).isEqualTo("EXPIRED");
    String view = AnsClient.get("/ans/api/agents/" + agentId).body();
    assertThat(AnsApiIT.field(view, "stateReason")).contains("deadline passed");
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_key where agent_id = '"
                    + agentId
                    + "' and sealed_key is null"))
        .isEqualTo(1);
    // nothing of the card in the agent server's schema
    for (String table : List.of("agent_event", "transcript_entry", "offer", "mandate", "agent")) {
      assertThat(
              AnsClient.count(
                  "select count(*) from ans."
                      + table
                      + " t where t::text like '%4111111111111111%'"))
          .as(table)
          .isZero();
    }
  }

  static List<String> sse(String path, int maxLines) throws Exception {
    HttpResponse<InputStream> r =
        AnsClient.HTTP.send(
            HttpRequest.newBuilder(URI.create(AnsClient.url(path)))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < maxLines && (line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
