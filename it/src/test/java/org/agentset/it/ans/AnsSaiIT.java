package org.agentset.it.ans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.ca.OpenSslCli;
import org.agentset.it.ca.Pki;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.asn1.sai.TokenPlaintext;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetCertificateInfo;
import org.agentset.set.sai.Mandates;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SealedTokens;
import org.agentset.set.sai.SetInitiations;
import org.agentset.set.sai.VerifiedPaymentStart;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step I end to end up to the wallet's door: an agent negotiates with the real merchant server, its
 * merchant agent has the order opened (the merchant signs the SET initiation once it has enrolled
 * with the CA), and the customer agent's payment start reaches the wallet-like client over the SAI
 * channel. The client opens it with its own key only, checks the agent's signature and certificate,
 * the merchant's signed initiation, the mandate id, slot and sealed token (which opens with the K
 * only the wallet kept), and OpenSSL opens and verifies the same bytes. After the acknowledgement
 * the channel no longer sends it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnsSaiIT {

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @TempDir Path dir;

  @Test
  void thePaymentStartReachesTheWalletSealedForItAndSignedByTheAgent() throws Exception {
    WalletLike wallet = WalletLike.enrol("4111111111111111", "Ada Lovelace");
    Instant notAfter = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    byte[] mandateDer =
        wallet.mandate(
            List.of(WalletLike.item("tea", null, 1, 4_000)),
            4_000,
            List.of("herbarium-tea"),
            notAfter,
            MandateMode.AUTONOMOUS);
    HttpResponse<String> created =
        wallet.createAgent(mandateDer, notAfter, "sai-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String agentId = AnsApiIT.field(created.body(), "agentId");
    List<X509Certificate> agentChain =
        Pki.certificates(AnsApiIT.field(created.body(), "certificateChain"));
    assertThat(AnsClient.stateAfter(agentId, "CREATED", "NEGOTIATING"))
        .isEqualTo("AWAITING_PAYMENT");

    String event = paymentStartEvent(wallet, Duration.ofSeconds(150));
    assertThat(event).as("a payment start on the SAI channel").isNotNull();
    assertThat(AnsApiIT.field(event, "agentId")).isEqualTo(agentId);
    String paymentStartId = AnsApiIT.field(event, "paymentStartId");
    byte[] envelope = Base64.getDecoder().decode(AnsApiIT.field(event, "paymentStart"));

    PaymentStarts starts =
        new PaymentStarts(
            WalletLike.P256,
            ForeignWallet.BC,
            new java.security.SecureRandom(),
            java.time.Clock.systemUTC());
    SaiSignedContent opened =
        starts.open(envelope, wallet.walletKeys.getPrivate(), wallet.walletHolder);
    X509Certificate signer = opened.signerPath(ForeignWallet.BC).get(0);
    assertThat(signer).isEqualTo(agentChain.get(0));
    assertThat(SetCertificateInfo.of(signer).profile()).contains(CertificateProfile.CUSTOMER_AGENT);
    VerifiedPaymentStart v = starts.verify(opened, new X509CertificateHolder(signer.getEncoded()));
    assertThat(Duration.between(v.signingTime(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(10));
    assertThat(v.nonce()).hasSize(16);
    PaymentStart start = v.content();
    Mandate mandate = new Mandates(WalletLike.P256).verify(mandateDer, wallet.walletHolder);
    assertThat(start.getMandateId()).isEqualTo(mandate.getTerms().getMandateId());
    assertThat(start.getSlot()).isEqualTo(1);
    TokenPlaintext token =
        SealedTokens.open(
            wallet.keys.get(wallet.keys.size() - 1),
            Mandates.termsHash(mandate.getTerms()),
            start.getSealedToken());
    assertThat(token.getSlot()).isEqualTo(1);
    SaiSignedContent init = SetInitiations.read(start.getInitiationEncoded());
    X509CertificateHolder merchantCert = init.signerCertificate().orElseThrow();
    assertThat(SetCertificateInfo.of(init.signerPath(ForeignWallet.BC).get(0)).profile())
        .contains(CertificateProfile.MERCHANT_SIGNATURE);
    SetInitiation initiation = new SetInitiations(WalletLike.P256).verify(init, merchantCert);
    assertThat(initiation.getMerchantCode()).isEqualTo("herbarium-tea");
    assertThat(start.getSetEndpoint()).isEqualTo(initiation.getSetEndpoint());
    // the initiation is for an order this agent placed (its events name every order it placed)
    String lidM = new String(initiation.getLocalIdM(), StandardCharsets.US_ASCII);
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_event where agent_id = '"
                    + agentId
                    + "' and text like '%order "
                    + lidM
                    + "%'"))
        .isPositive();

    // OpenSSL, knowing nothing of AgentSET, opens the envelope with the wallet key and verifies
    // the agent's signature against the CA's certificates
    OpenSslCli openssl = new OpenSslCli(dir);
    openssl.write("ps.der", envelope);
    openssl.write("wallet.pem", Pki.pem(wallet.wallet));
    openssl.write(
        "wallet.key",
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(wallet.walletKeys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    openssl.ok(
        "cms",
        "-decrypt",
        "-inform",
        "DER",
        "-in",
        "ps.der",
        "-recip",
        "wallet.pem",
        "-inkey",
        "wallet.key",
        "-binary",
        "-out",
        "signed.der");
    openssl.write(
        "cas.pem",
        new String(
            org.agentset.it.ca.CaClient.get("/ca/pki/ca-certs.pem").body(),
            StandardCharsets.US_ASCII));
    openssl.ok(
        "cms",
        "-verify",
        "-inform",
        "DER",
        "-in",
        "signed.der",
        "-CAfile",
        "cas.pem",
        "-purpose",
        "any",
        "-binary",
        "-out",
        "content.der");

    HttpResponse<String> ack =
        AnsClient.HTTP.send(
            HttpRequest.newBuilder(URI.create(AnsClient.url("/ans/api/sai/ack")))
                .header("SAI-Authorization", wallet.saiAuthorization())
                .header("Idempotency-Key", "ack-" + paymentStartId)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"paymentStartId\":\"" + paymentStartId + "\",\"outcome\":\"RECEIVED\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(
            AnsClient.count(
                "select count(*) from ans.payment_start where id = '"
                    + paymentStartId
                    + "' and delivered_at is not null and ack_outcome = 'RECEIVED'"))
        .isEqualTo(1);
    assertThat(paymentStartEvent(wallet, Duration.ofSeconds(3)))
        .as("acknowledged: not sent again")
        .isNull();

    // the wallet then fails to pay (as when the merchant's SET desk does not hold the gateway's
    // certificate yet): the order lapses unpaid at the merchant, the agent orders the same terms
    // again, and the new order gets a payment start of its own — the acknowledged one is void
    assertThat(ack(wallet, paymentStartId, "FAILED").statusCode()).isEqualTo(200);
    String again = paymentStartEvent(wallet, Duration.ofSeconds(150));
    assertThat(again).as("a new payment start once the order lapsed").isNotNull();
    assertThat(AnsApiIT.field(again, "agentId")).isEqualTo(agentId);
    assertThat(AnsApiIT.field(again, "paymentStartId")).isNotEqualTo(paymentStartId);
    assertThat(
            AnsClient.count(
                "select count(*) from ans.payment_start where id = '"
                    + paymentStartId
                    + "' and ack_outcome = 'VOID'"))
        .isEqualTo(1);
    assertThat(AnsApiIT.field(AnsClient.get("/ans/api/agents/" + agentId).body(), "state"))
        .isEqualTo("AWAITING_PAYMENT");
    // the agent server's schema holds no card number
    assertThat(
            AnsClient.count(
                "select count(*) from ans.agent_event where text like '%4111111111111111%'"))
        .isZero();
  }

  private static HttpResponse<String> ack(WalletLike wallet, String id, String outcome)
      throws Exception {
    return AnsClient.HTTP.send(
        HttpRequest.newBuilder(URI.create(AnsClient.url("/ans/api/sai/ack")))
            .header("SAI-Authorization", wallet.saiAuthorization())
            .header("Idempotency-Key", "ack-" + id + "-" + outcome)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"paymentStartId\":\""
                        + id
                        + "\",\"outcome\":\""
                        + outcome
                        + "\",\"reason\":\"The merchant refused the purchase with SET Error"
                        + " MISSING_CERTIFICATE.\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The data of the first payment-start event on a fresh SAI channel within {@code wait}, or null.
   */
  static String paymentStartEvent(WalletLike wallet, Duration wait) throws Exception {
    Instant end = Instant.now().plus(wait);
    while (Instant.now().isBefore(end)) {
      HttpResponse<InputStream> r =
          AnsClient.HTTP.send(
              HttpRequest.newBuilder(URI.create(AnsClient.url("/ans/api/sai/channel")))
                  .header("SAI-Authorization", wallet.saiAuthorization())
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        String name = null;
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        String line;
        while (System.nanoTime() < until && (line = in.readLine()) != null) {
          if (line.startsWith("event:")) {
            name = line.substring(6).strip();
          } else if (line.startsWith("data:") && "payment-start".equals(name)) {
            return line.substring(5).strip();
          }
        }
      }
    }
    return null;
  }
}
