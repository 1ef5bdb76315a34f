package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.msg.CardholderPurchase;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.PInitSent;
import org.agentset.set.msg.PReqSent;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.PurchaseOrder;
import org.agentset.set.msg.PurchaseOutcome;
import org.agentset.set.reg.CardholderRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole SET purchase over HTTP, as the wallet makes it: a cardholder enrolled by SET cardholder
 * registration with the CA pays a merchant agent's order at {@code /merchant/set}; the merchant
 * authorises through the real gateway and bank; the repeated PReq gets the same PRes; an inquiry
 * reports the authorisation; the order is captured (the shop's policy) and the agent hears of it;
 * no card number is in the merchant schema or the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantSetPurchaseIT {

  private static final String BASE = System.getProperty("agentset.it.http");
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final String PAN = "4111111111111111";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void aCardholderPaysAnAgentOrderThroughMerchantGatewayAndBank() throws Exception {
    CardholderPurchase cardholder = cardholder();
    try (CallbackReceiver agent = new CallbackReceiver(0)) {
      byte[] pres = null;
      PReqSent preq = null;
      JsonObject order = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
      while (pres == null && System.nanoTime() < deadline) {
        order = order(agent.url());
        PurchaseOrder initiation =
            new PurchaseOrder(
                order.getString("orderDescription").getBytes(StandardCharsets.UTF_8),
                new CurrencyAmount(
                    978,
                    order
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .movePointRight(2)
                        .longValueExact(),
                    -2),
                "AgentCard",
                order.getString("lidM").getBytes(StandardCharsets.US_ASCII),
                "en");
        PInitSent init = cardholder.initiate(initiation);
        byte[] pInitRes = set(init.message().getDerEncoded());
        if (isError(pInitRes)) {
          Thread.sleep(5000); // the shop is still enrolling or fetching the gateway's certificate
          continue;
        }
        preq = cardholder.purchaseRequest(init, pInitRes);
        pres = set(preq.message().getDerEncoded());
      }
      assertThat(pres).as("a PRes within 4 minutes of deployment").isNotNull();
      PurchaseOutcome outcome = cardholder.verifyPurchaseResponse(preq, pres);
      assertThat(outcome.authCode()).isEqualTo(AuthCode.APPROVED);
      assertThat(outcome.receipt())
          .as("the gateway's receipt, verified by the cardholder")
          .isNotNull();

      assertThat(set(preq.message().getDerEncoded()))
          .as("the same PReq, the same PRes")
          .isEqualTo(pres);

      var inquiry = cardholder.inquire(preq);
      assertThat(
              cardholder
                  .verifyInquiryResponse(inquiry, set(inquiry.message().getDerEncoded()))
                  .authCode())
          .isEqualTo(AuthCode.APPROVED);

      JsonObject after =
          MerchantApi.get(
                  "/merchants/nordlicht-books/orders/" + order.getString("orderId"),
                  MerchantApi.NORDLICHT_TOKEN)
              .json();
      assertThat(after.getString("status")).isEqualTo("CAPTURED");
      assertThat(after.getString("xid")).isNotBlank();

      String paid = order.getString("orderId");
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      JsonObject event = null;
      while (event == null && System.nanoTime() < until) {
        event =
            agent.deliveries().stream()
                .map(d -> Json.createReader(new StringReader(d.body())).readObject())
                .filter(e -> paid.equals(e.getString("orderId")))
                .findFirst()
                .orElse(null);
        Thread.sleep(250);
      }
      assertThat(event).as("the agent hears of the paid order").isNotNull();
      assertThat(event.getString("outcome")).isEqualTo("CAPTURED");
      assertThat(event.getString("xid")).isEqualTo(after.getString("xid"));
    }
    assertNoCardNumberInTheMerchantSchemaOrLog();
  }

  private static void assertNoCardNumberInTheMerchantSchemaOrLog() throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        ResultSet tables =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables where table_schema ="
                        + " 'merchant' and table_type = 'BASE TABLE'")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String t : names) {
        try (ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "select count(*) from merchant."
                        + t
                        + " x where position('"
                        + PAN
                        + "' in x::text) > 0 or position('"
                        + java.util.HexFormat.of()
                            .formatHex(PAN.getBytes(StandardCharsets.US_ASCII))
                        + "' in x::text) > 0")) {
          rows.next();
          assertThat(rows.getLong(1))
              .as("rows of merchant." + t + " with the card number")
              .isZero();
        }
      }
    }
    String log = Files.readString(Path.of(System.getProperty("agentset.it.serverlog")));
    assertThat(log).doesNotContain(PAN);
  }

  private static JsonObject order(String callback) throws Exception {
    MerchantApi.Answer a =
        MerchantApi.post(
            "/merchants/nordlicht-books/orders",
            MerchantApi.NORDLICHT_TOKEN,
            "set-" + UUID.randomUUID(),
            MerchantApiIT.terms(
                "NB-FIC-004", 1, new BigDecimal("16.90"), "EUR", callback, "neg-set"));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json();
  }

  static byte[] set(byte[] message) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/merchant/set"))
                .header("Content-Type", "application/set-payment")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  static boolean isError(byte[] answer) {
    return MessageWrapper.parse(answer, DerLimits.DEFAULT).getMessage().getBody()
        instanceof SetError;
  }

  /** A cardholder of the demo card 4111 1111 1111 1111, enrolled with the CA over /ca/set. */
  static CardholderPurchase cardholder() throws Exception {
    CardholderRegistration reg =
        new CardholderRegistration(context(), "AgentCard", PAN, YearMonth.of(2035, 12), "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, register(s1.message()));
    Step form = reg.readForm(s2, register(s2.message()));
    assertThat(form.form()).as("the CA's registration form").isNotNull();
    AlgorithmSuite suite = new AlgorithmSuites(BC, new SecureRandom()).p256();
    Step s3 =
        reg.requestCertificate(
            form,
            Map.of(RegistrationForms.CARDHOLDER_NAME, "Ada Lovelace"),
            suite.generateKeyPair(KeyPurpose.SIGNATURE));
    CardholderRegistration.Result r = reg.complete(s3, register(s3.message()));
    assertThat(r.complete()).as(r.status() + " " + r.message()).isTrue();
    return new CardholderPurchase(context(), r.credential(), r.card());
  }

  private static byte[] register(byte[] message) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/ca/set"))
                .header("Content-Type", "application/set-registration")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  private static PartyContext context() throws Exception {
    List<X509Certificate> cas = new ArrayList<>();
    for (var c :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(get("/ca/pki/ca-certs.pem")))) {
      cas.add((X509Certificate) c);
    }
    X509Certificate root =
        cas.stream()
            .filter(x -> x.getSubjectX500Principal().equals(x.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow();
    List<X509CRL> crls = new ArrayList<>();
    for (String n : List.of("root", "brand", "geo", "merchant", "gateway")) {
      crls.add(
          (X509CRL)
              CertificateFactory.getInstance("X.509")
                  .generateCRL(new ByteArrayInputStream(get("/ca/pki/crl/" + n + ".crl"))));
    }
    RevocationData revocation = RevocationData.crlsOnly(crls);
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    return new PartyContext(
        new AlgorithmSuites(BC, random).p256(),
        random,
        new Freshness(clock, Duration.ofMinutes(15), Duration.ofMinutes(5)),
        new CertificateTrust(
            BC, new SetPathValidator(BC, clock, List.of(root)), () -> revocation, cas),
        new InMemoryReplayStore(clock),
        "AgentSET-it/1.0 (cardholder)");
  }

  private static byte[] get(String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }
}
