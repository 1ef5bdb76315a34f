package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.agentset.it.TestDatabase;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.der.DerLimits;
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

/**
 * A cardholder as the wallet is one, played with set-core over real HTTP: enrolled by SET
 * cardholder registration with the CA ({@code /ca/set}), paying merchant agents' orders at {@code
 * /merchant/set}; and a look at the gateway's record of a purchase (by XID), to check what the
 * merchant did there.
 */
final class SetShopper {

  static final String BASE = System.getProperty("agentset.it.http");
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SetShopper() {}

  /** A paid (or declined) order: the order as the API created it, the PReq, the PRes. */
  record Paid(JsonObject order, PReqSent preq, byte[] pres, PurchaseOutcome outcome) {
    String orderId() {
      return order.getString("orderId");
    }
  }

  /**
   * Creates an agent's order of {@code sku} at {@code merchant} and pays it: PInitReq → PInitRes,
   * PReq → PRes. Right after deployment the shop may still be enrolling or fetching the gateway's
   * certificate and answer PInitReq with an Error; then a new order is tried, for up to 4 minutes.
   */
  static Paid pay(
      CardholderPurchase cardholder,
      String merchant,
      String token,
      String sku,
      BigDecimal price,
      String callback)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      MerchantApi.Answer a =
          MerchantApi.post(
              "/merchants/" + merchant + "/orders",
              token,
              "set-" + UUID.randomUUID(),
              MerchantApiIT.terms(sku, 1, price, "EUR", callback, "neg-set"));
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      JsonObject order = a.json();
      PInitSent init = cardholder.initiate(initiation(order));
      byte[] pInitRes = set(init.message().getDerEncoded());
      if (isError(pInitRes)) {
        Thread.sleep(5000); // the shop is still enrolling or fetching the gateway's certificate
        continue;
      }
      PReqSent preq = cardholder.purchaseRequest(init, pInitRes);
      byte[] pres = set(preq.message().getDerEncoded());
      return new Paid(order, preq, pres, cardholder.verifyPurchaseResponse(preq, pres));
    }
    throw new AssertionError(merchant + " took no SET payment within 4 minutes of deployment");
  }

  /** The SET initiation data of an agent's order, as the wallet receives it. */
  static PurchaseOrder initiation(JsonObject order) {
    return new PurchaseOrder(
        order.getString("orderDescription").getBytes(StandardCharsets.UTF_8),
        new CurrencyAmount(
            978,
            order.getJsonNumber("amount").bigDecimalValue().movePointRight(2).longValueExact(),
            -2),
        "AgentCard",
        order.getString("lidM").getBytes(StandardCharsets.US_ASCII),
        "en");
  }

  /** POSTs a SET message to the merchant's SET endpoint. */
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

  /** The merchant API's view of an order (status, xid). */
  static JsonObject order(String merchant, String token, String orderId) throws Exception {
    return MerchantApi.get("/merchants/" + merchant + "/orders/" + orderId, token).json();
  }

  /** The gateway's records of a purchase: one row per authorisation asked. */
  record GatewayRecord(int rows, String state, long authorised, long captured, long refunded) {}

  /** The gateway's record of the purchase with XID {@code xidBase64} (as the API shows it). */
  static GatewayRecord gateway(String xidBase64) throws Exception {
    DatabaseSettings db = TestDatabase.settings();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement s =
            c.prepareStatement(
                "select state, authorised_minor, captured_minor, refunded_minor from"
                    + " gateway.payment_transaction where xid = ?")) {
      s.setBytes(1, Base64.getDecoder().decode(xidBase64));
      try (ResultSet r = s.executeQuery()) {
        int rows = 0;
        GatewayRecord last = null;
        while (r.next()) {
          rows++;
          last = new GatewayRecord(0, r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
        return last == null
            ? new GatewayRecord(0, null, 0, 0, 0)
            : new GatewayRecord(
                rows, last.state(), last.authorised(), last.captured(), last.refunded());
      }
    }
  }

  /**
   * A cardholder of the demo card {@code pan} (expiry 12/35), enrolled with the CA over /ca/set.
   */
  static CardholderPurchase cardholder(String pan, String name) throws Exception {
    CardholderRegistration reg =
        new CardholderRegistration(context(), "AgentCard", pan, YearMonth.of(2035, 12), "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, register(s1.message()));
    Step form = reg.readForm(s2, register(s2.message()));
    assertThat(form.form()).as("the CA's registration form").isNotNull();
    AlgorithmSuite suite = new AlgorithmSuites(BC, new SecureRandom()).p256();
    Step s3 =
        reg.requestCertificate(
            form,
            Map.of(RegistrationForms.CARDHOLDER_NAME, name),
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
