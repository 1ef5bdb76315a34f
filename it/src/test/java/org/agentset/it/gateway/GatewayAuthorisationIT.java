package org.agentset.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.ServerLog;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.msg.AuthorisationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AuthReq to AuthRes against the deployed gateway: the test plays cardholder and merchant with
 * set-core (certificates from the deployed CA), the gateway verifies everything, asks the embedded
 * issuer through the resource adapter, records, and answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayAuthorisationIT {

  static final YearMonth EXPIRY = YearMonth.of(2035, 12);
  static final String ADA = "4111111111111111";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;
  private static X509Certificate gatewaySig;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-AUTH");
    gatewaySig = GatewayPki.gatewaySignature();
  }

  @Test
  void theGatewayEnrolledItselfBySetRegistration() throws Exception {
    // the CA names registered gateways "OU=SET Payment Gateway, CN=agentset-gateway"; the operator
    // API's requests would say "CN=AgentSET Payment Gateway"
    assertThat(gatewaySig.getSubjectX500Principal().getName())
        .contains("CN=agentset-gateway")
        .contains("OU=SET Payment Gateway");
    assertThat(
            count(
                "select count(*) from gateway.key_store where certificates like"
                    + " '-----BEGIN CERTIFICATE-----%'"))
        .isEqualTo(1);
  }

  private static AuthorisationResult authorise(Shop.Purchase p, byte[] authReq) throws Exception {
    HttpResponse<byte[]> r = GatewayHttp.set(authReq);
    assertThat(r.headers().firstValue("Content-Type")).contains(GatewayHttp.SET_PAYMENT);
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.AUTHORIZATION_RESPONSE);
    assertThat(r.statusCode()).isEqualTo(200);
    return shop.payments.processAuthorisationResponse(p.authReq, r.body());
  }

  @Test
  void approvalIsAnsweredRecordedAndHeldAtTheBank() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 1999);
    byte[] authReq = p.authReq(false);

    AuthorisationResult result = authorise(p, authReq);

    assertThat(result.approved()).isTrue();
    assertThat(result.header().getAuthCode()).isEqualTo(AuthCode.APPROVED);
    assertThat(result.capToken()).isNotNull();
    Map<String, Object> row = record(p.verified.transIds().getXid());
    assertThat(row.get("state")).isEqualTo("AUTHORISED");
    assertThat(row.get("authorised_minor")).isEqualTo(1999L);
    assertThat(row.get("pan_last4")).isEqualTo("1111");
    assertThat((String) row.get("approval_code")).isNotBlank();
    assertThat((String) row.get("rrn")).hasSize(12);
    assertThat(bankHolds(p.verified.transIds().getXid())).isEqualTo(1);
  }

  @Test
  void aRepeatedAuthReqGetsTheStoredAnswerAndTheBankSeesOneAuthorisation() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 2500);
    byte[] authReq = p.authReq(false);

    HttpResponse<byte[]> first = GatewayHttp.set(authReq);
    HttpResponse<byte[]> second = GatewayHttp.set(authReq);

    assertThat(second.body()).isEqualTo(first.body());
    assertThat(shop.payments.processAuthorisationResponse(p.authReq, second.body()).approved())
        .isTrue();
    assertThat(bankAuthorisations(p.verified.transIds().getXid())).isEqualTo(1);
    assertThat(transactions(p.verified.transIds().getXid())).isEqualTo(1);
  }

  @Test
  void declinesCarryTheIssuersReason() throws Exception {
    record Decline(String pan, long cents, AuthCode code, String response) {}
    List<Decline> cases =
        List.of(
            new Decline("4000000000000002", 6000, AuthCode.DECLINED, "51"),
            new Decline("4000000000000010", 1000, AuthCode.DECLINED, "05"),
            new Decline("4000000000000028", 1000, AuthCode.DECLINED, "43"));
    List<String> seen = new ArrayList<>();
    for (Decline d : cases) {
      Shop.Purchase p = shop.new Purchase(shop.customer(d.pan(), EXPIRY), d.cents());
      AuthorisationResult result = authorise(p, p.authReq(false));

      assertThat(result.approved()).as(d.pan()).isFalse();
      assertThat(result.header().getAuthCode()).as(d.pan()).isEqualTo(d.code());
      assertThat(result.capToken()).isNull();
      Map<String, Object> row = record(p.verified.transIds().getXid());
      assertThat(row.get("state")).isEqualTo("DECLINED");
      assertThat(row.get("response_code")).isEqualTo(d.response());
      assertThat((String) row.get("failure_reason")).contains(d.response());
      seen.add(d.response());
    }
    // 14 (no such card) cannot reach a SET purchase: the CA certifies no card its issuer does not
    // know (GatewayTransStainIT); BankNetworkIT shows the issuer's 14
    assertThat(seen).containsExactly("51", "05", "43");
  }

  @Test
  void aTamperedAuthReqIsRefusedWithASignedErrorAndChangesNothing() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 700);
    byte[] authReq = p.authReq(false);
    byte[] tampered = authReq.clone();
    tampered[tampered.length / 2] ^= 0x01;
    long refusalsBefore = count("select count(*) from gateway.refusal");

    HttpResponse<byte[]> r = GatewayHttp.set(tampered);

    assertThat(r.statusCode()).isEqualTo(400);
    ErrorTBS error = SetAnswers.error(r.body(), gatewaySig);
    assertThat(error.getErrorCode()).isIn(ErrorCode.SIGNATURE_FAILURE, ErrorCode.DECODING_FAILURE);
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
    assertThat(count("select count(*) from gateway.refusal")).isEqualTo(refusalsBefore + 1);
    // the untouched request still goes through
    assertThat(authorise(p, authReq).approved()).isTrue();
  }

  @Test
  void anAmountOtherThanTheCardholderSignedIsRefused() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 1000);
    byte[] more =
        shop.payments
            .authorise(p.verified, new CurrencyAmount(978, 1001, -2), false)
            .message()
            .getDerEncoded();

    assertRefused(more, ErrorCode.UNSPECIFIED_FAILURE, "AMOUNT_MISMATCH");
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void anotherMerchantCannotAuthoriseThisMerchantsPurchase() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 1000);
    Shop other = new Shop("NB-IT-OTHER");
    byte[] stolen =
        other.payments.authorise(p.verified, p.order.amount(), false).message().getDerEncoded();

    assertRefused(stolen, ErrorCode.UNSPECIFIED_FAILURE, "MERCHANT_MISMATCH");
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void aSecondAuthReqForAnAuthorisedPurchaseIsAReplay() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 1200);
    assertThat(authorise(p, p.authReq(false)).approved()).isTrue();
    byte[] again =
        shop.payments.authorise(p.verified, p.order.amount(), false).message().getDerEncoded();

    assertRefused(again, ErrorCode.UNSPECIFIED_FAILURE, "REPLAYED_XID");
    assertThat(transactions(p.verified.transIds().getXid())).isEqualTo(1);
    assertThat(bankAuthorisations(p.verified.transIds().getXid())).isEqualTo(1);
  }

  @Test
  void aRevokedMerchantCertificateIsRefusedByOcspBeforeTheNextCrl() throws Exception {
    Shop revoked = new Shop("NB-IT-REVOKED");
    Shop.Purchase p = revoked.new Purchase(revoked.customer(ADA, EXPIRY), 1000);
    Shop.Purchase other = shop.new Purchase(shop.customer(ADA, EXPIRY), 300);
    byte[] otherReq = other.authReq(false);
    // The new merchant's PCertReq left a "good" OCSP answer in the gateway's cache, kept for the
    // IT's revocation TTL (5 s): let it expire. Then another payment makes the gateway fetch the
    // CA's CRLs afresh, which it keeps for the next 5 s.
    Thread.sleep(6_000);
    assertThat(authorise(other, otherReq).approved()).isTrue();
    String serial = revoked.merchantSig.certificate().getSerialNumber().toString(16);
    HttpResponse<String> r =
        org.agentset.it.ca.CaClient.postJson(
            "/ca/api/admin/certificates/" + serial + "/revocation",
            org.agentset.it.ca.CaOperators.ADMIN,
            "{\"reason\":\"KEY_COMPROMISE\"}");
    assertThat(r.statusCode()).as(r.body()).isLessThan(300);

    // No wait for the gateway's cached CRLs (5 s in the IT) to expire: the gateway asks the CA's
    // OCSP responder first and refuses at once, and says so in its log (a refusal by the CRLs
    // would not write this line).
    assertRefused(p.authReq(false), ErrorCode.REVOKED_CERTIFICATE, "CERTIFICATE_REVOKED");
    assertThat(ServerLog.text()).contains("OCSP: certificate " + serial + " revoked");
  }

  private static void assertRefused(byte[] message, ErrorCode code, String reason)
      throws Exception {
    long before = count("select count(*) from gateway.refusal where reason = ?", reason);
    HttpResponse<byte[]> r = GatewayHttp.set(message);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode()).isEqualTo(code);
    assertThat(count("select count(*) from gateway.refusal where reason = ?", reason))
        .isEqualTo(before + 1);
  }

  @Test
  void concurrentCopiesAndRivalRequestsOfOnePurchaseAuthoriseItOnce() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer("5555555555554444", EXPIRY), 4200);
    byte[] first = p.authReq(false);
    byte[] rival =
        shop.payments.authorise(p.verified, p.order.amount(), false).message().getDerEncoded();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<byte[]>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        byte[] message = i % 2 == 0 ? first : rival;
        answers.add(pool.submit(() -> GatewayHttp.set(message).body()));
      }
      java.util.Set<String> authRes = new java.util.HashSet<>();
      for (java.util.concurrent.Future<byte[]> f : answers) {
        byte[] body = f.get();
        if (SetAnswers.type(body) == MessageType.AUTHORIZATION_RESPONSE) {
          authRes.add(java.util.HexFormat.of().formatHex(body));
        }
      }
      assertThat(authRes).as("one answer, repeated to every copy of the winner").hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    byte[] xid = p.verified.transIds().getXid();
    assertThat(bankAuthorisations(xid)).isEqualTo(1);
    assertThat(bankHolds(xid)).isEqualTo(1);
    assertThat(transactions(xid)).isEqualTo(1);
  }

  @Test
  void concurrentPurchasesAreEachAuthorisedOnce() throws Exception {
    List<Shop.Purchase> purchases = new ArrayList<>();
    List<byte[]> messages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Shop.Purchase p = shop.new Purchase(shop.customer("5200000000000023", EXPIRY), 100 + i);
      purchases.add(p);
      messages.add(p.authReq(false));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<byte[]>> answers = new ArrayList<>();
      for (byte[] m : messages) {
        answers.add(pool.submit(() -> GatewayHttp.set(m).body()));
      }
      for (int i = 0; i < answers.size(); i++) {
        byte[] body = answers.get(i).get();
        assertThat(
                shop.payments
                    .processAuthorisationResponse(purchases.get(i).authReq, body)
                    .approved())
            .isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    for (Shop.Purchase p : purchases) {
      assertThat(bankAuthorisations(p.verified.transIds().getXid())).isEqualTo(1);
    }
  }

  @Test
  void notASetMessageGetsAnErrorToo() throws Exception {
    HttpResponse<byte[]> garbage = GatewayHttp.set("hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(SetAnswers.error(garbage.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.DECODING_FAILURE);

    HttpResponse<byte[]> wrongType =
        GatewayHttp.post("/gateway/set", "text/plain", "hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(SetAnswers.type(wrongType.body())).isEqualTo(MessageType.ERROR);
  }

  @Test
  void noCardNumberInTheGatewaySchemaOrTheServerLog() throws Exception {
    Shop.Purchase p = shop.new Purchase(shop.customer(ADA, EXPIRY), 300);
    authorise(p, p.authReq(false));

    try (Connection c = GatewayPki.db();
        PreparedStatement s =
            c.prepareStatement(
                "select table_name, column_name, data_type from information_schema.columns"
                    + " where table_schema = 'gateway'"
                    + " and data_type in ('text', 'character varying', 'character', 'bytea')");
        ResultSet rs = s.executeQuery()) {
      int columns = 0;
      while (rs.next()) {
        String table = rs.getString(1);
        String column = rs.getString(2);
        String where =
            rs.getString(3).equals("bytea")
                ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
                : column + " like '%' || ? || '%'";
        assertThat(count("select count(*) from gateway." + table + " where " + where, ADA))
            .as(table + "." + column)
            .isZero();
        columns++;
      }
      assertThat(columns).isGreaterThan(10);
    }
    assertThat(ServerLog.text()).doesNotContain(ADA).doesNotContain("4111 1111 1111 1111");
  }

  static Map<String, Object> record(byte[] xid) throws Exception {
    try (Connection c = GatewayPki.db();
        PreparedStatement s =
            c.prepareStatement(
                "select xid, state, authorised_minor, captured_minor, refunded_minor, pan_last4,"
                    + " approval_code, rrn, response_code, failure_reason"
                    + " from gateway.payment_transaction where xid = ?")) {
      s.setBytes(1, xid);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("a record for the XID").isTrue();
        Map<String, Object> row = new java.util.HashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
        }
        return row;
      }
    }
  }

  static long transactions(byte[] xid) throws Exception {
    return count("select count(*) from gateway.payment_transaction where xid = ?", xid);
  }

  /** Authorisation requests the issuer received for the XID (its message log, field 48). */
  static long bankAuthorisations(byte[] xid) throws Exception {
    return count(
        "select count(*) from bank.message_log where message_class = 'AUTHORISATION' and xid = ?",
        (Object) xid);
  }

  static long bankHolds(byte[] xid) throws Exception {
    return count("select count(*) from bank.hold where state = 'ACTIVE' and xid = ?", (Object) xid);
  }

  static long count(String sql, Object... args) throws Exception {
    try (Connection c = GatewayPki.db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
