package org.agentset.it.gateway;

import static org.agentset.it.gateway.GatewayAuthorisationIT.bankAuthorisations;
import static org.agentset.it.gateway.GatewayAuthorisationIT.count;
import static org.agentset.it.gateway.GatewayAuthorisationIT.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.purchase.PReq;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.MerchantRecords;
import org.agentset.set.msg.VerifiedPReq;
import org.bouncycastle.asn1.ASN1Sequence;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's checks of the list that {@link GatewayAuthorisationIT} leaves to set-core's
 * unit tests, here over HTTP against the deployed gateway: each linked field tampered in turn
 * (CheckDigests.hOIData, CheckDigests.HOD2, the XID), the cardholder's dual signature, PANData
 * against the certificate's identity, the message date's window; and the issuer's remaining decline
 * codes (54 expired card, 12 invalid transaction, 13 invalid amount). A merchant forwarding a
 * damaged purchase is played by changing bytes in its own record of the purchase (set-core's {@link
 * MerchantRecords}) and signing an AuthReq from it. Every refusal is a signed SET Error, recorded
 * with its reason and field, and changes nothing: no record, nothing at the issuer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayVerificationIT {

  private static final String CARD = "4111111111111111";

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  private static Shop shop;
  private static Shop.Customer customer;
  private static X509Certificate gatewaySig;

  @BeforeAll
  static void enrol() throws Exception {
    GatewayPki.seedOperators();
    shop = new Shop("NB-IT-VERIFY");
    customer = shop.customer(CARD, GatewayAuthorisationIT.EXPIRY);
    gatewaySig = GatewayPki.gatewaySignature();
  }

  @Test
  void eachLinkedFieldTamperedInTurnIsRefusedAndTheUntouchedRequestStillPasses() throws Exception {
    Shop.Purchase p = shop.new Purchase(customer, 2100);
    VerifiedPReq v = p.verified;
    byte[] record = MerchantRecords.purchase(v);
    byte[] oi = v.oiData().getEncoded();
    int oiAt = indexOf(record, oi, 0);

    // the merchant's digest of the OI it holds (CheckDigests.hOIData): the record's sixth element
    byte[] hOIData =
        tampered(
            record,
            ASN1Sequence.getInstance(record).getObjectAt(5).toASN1Primitive().getEncoded(),
            oiAt + oi.length);
    // ... of the order description and amount (CheckDigests.HOD2, from OIData.hod)
    byte[] hod2 = tampered(record, v.oiData().getHod().getEncoded(), oiAt);
    // ... of the purchase's XID (AuthTags.transIDs, from OIData.transIDs)
    byte[] xid = tampered(record, v.transIds().getXid(), oiAt);

    assertRefused(authReq(hOIData, p), "LINK_MISMATCH", "CheckDigests.hOIData");
    assertRefused(authReq(hod2, p), "LINK_MISMATCH", "CheckDigests.hod2");
    assertRefused(authReq(xid, p), "LINK_MISMATCH", "PIHead.transIDs");
    assertThat(transactions(v.transIds().getXid())).isZero();
    assertThat(bankAuthorisations(v.transIds().getXid())).isZero();

    HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));
    assertThat(shop.payments.processAuthorisationResponse(p.authReq, r.body()).approved()).isTrue();
  }

  @Test
  void aPaymentInstructionWhoseDualSignatureWasChangedIsRefused() throws Exception {
    Shop.Purchase p = shop.new Purchase(customer, 2200);
    byte[] signature =
        MessageWrapper.parse(p.preq.message().getDerEncoded(), DerLimits.DEFAULT)
            .getMessage()
            .getBody(PReq.class)
            .getDualSigned()
            .getPiDualSigned()
            .getPiSignature()
            .getEncoded();
    byte[] record = MerchantRecords.purchase(p.verified);
    int at = indexOf(record, signature, 0);
    assertThat(at).isNotNegative();
    record[at + signature.length - 1] ^= 0x01;

    assertRefused(authReq(record, p), "DUAL_SIGNATURE", "PISignature");
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void cardDataOtherThanTheCertifiedCardIsRefused() throws Exception {
    Shop.Customer mixed =
        shop.customerWithAnotherCard(CARD, "5200000000000015", GatewayAuthorisationIT.EXPIRY);
    Shop.Purchase p = shop.new Purchase(mixed, 2300);

    HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));

    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.INVALID_CERTIFICATE);
    assertThat(lastRefusal()).containsEntry("reason", "PAN_IDENTITY");
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
    assertThat(bankAuthorisations(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void anAuthReqDatedOutsideTheWindowIsRefused() throws Exception {
    Shop.Purchase p = shop.new Purchase(customer, 2400);
    byte[] stale =
        shop.paymentsDatedBy(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20)))
            .authorise(p.verified, p.order.amount(), false)
            .message()
            .getDerEncoded();
    byte[] early =
        shop.paymentsDatedBy(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)))
            .authorise(p.verified, p.order.amount(), false)
            .message()
            .getDerEncoded();

    HttpResponse<byte[]> old = GatewayHttp.set(stale);
    assertThat(SetAnswers.error(old.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.MESSAGE_TOO_OLD);
    HttpResponse<byte[]> future = GatewayHttp.set(early);
    assertThat(SetAnswers.error(future.body(), gatewaySig).getErrorCode())
        .isEqualTo(ErrorCode.MESSAGE_TOO_NEW);
    assertThat(transactions(p.verified.transIds().getXid())).isZero();
  }

  @Test
  void theIssuersOtherDeclinesCarryTheirOwnCodes() throws Exception {
    record Decline(Shop.Customer customer, CurrencyAmount amount, AuthCode code, String response) {}
    Shop.Customer expired = shop.customer("4000000000000036", GatewayAuthorisationIT.EXPIRY);
    for (Decline d :
        new Decline[] {
          new Decline(expired, new CurrencyAmount(978, 1000, -2), AuthCode.EXPIRED_CARD, "54"),
          new Decline(
              customer, new CurrencyAmount(840, 1000, -2), AuthCode.INVALID_TRANSACTION, "12")
        }) {
      Shop.Purchase p = shop.new Purchase(d.customer(), d.amount());
      HttpResponse<byte[]> r = GatewayHttp.set(p.authReq(false));
      assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.AUTHORIZATION_RESPONSE);
      AuthorisationResult result = shop.payments.processAuthorisationResponse(p.authReq, r.body());

      assertThat(result.approved()).as(d.response()).isFalse();
      assertThat(result.header().getAuthCode()).as(d.response()).isEqualTo(d.code());
      assertThat(result.capToken()).isNull();
      Map<String, Object> row = GatewayAuthorisationIT.record(p.verified.transIds().getXid());
      assertThat(row.get("state")).isEqualTo("DECLINED");
      assertThat(row.get("response_code")).isEqualTo(d.response());
    }
    // the issuer's 13 (invalid amount) is unreachable: the gateway authorises nothing of zero
    Shop.Purchase nothing = shop.new Purchase(customer, 0);
    assertRefused(nothing.authReq(false), "AMOUNT_MISMATCH", "AuthReqPayload.authReqAmt");
    assertThat(transactions(nothing.verified.transIds().getXid())).isZero();
    assertThat(bankAuthorisations(nothing.verified.transIds().getXid())).isZero();
  }

  /** The merchant's AuthReq for {@code p}, built from a (changed) record of its purchase. */
  private static byte[] authReq(byte[] purchaseRecord, Shop.Purchase p) throws Exception {
    return shop.payments
        .authorise(MerchantRecords.readPurchase(purchaseRecord), p.order.amount(), false)
        .message()
        .getDerEncoded();
  }

  /**
   * A copy of {@code record} with the last byte of the first {@code field} from {@code from}
   * flipped.
   */
  private static byte[] tampered(byte[] record, byte[] field, int from) {
    int at = indexOf(record, field, from);
    assertThat(at).as("the field is in the record").isNotNegative();
    byte[] copy = record.clone();
    copy[at + field.length - 1] ^= 0x01;
    return copy;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void assertRefused(byte[] message, String reason, String field) throws Exception {
    long before =
        count("select count(*) from gateway.refusal where reason = ? and field = ?", reason, field);
    HttpResponse<byte[]> r = GatewayHttp.set(message);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode()).isNotNull();
    assertThat(
            count(
                "select count(*) from gateway.refusal where reason = ? and field = ?",
                reason,
                field))
        .as(reason + " at " + field + "; last refusal " + lastRefusal())
        .isEqualTo(before + 1);
  }

  private static Map<String, String> lastRefusal() throws Exception {
    try (var c = GatewayPki.db();
        var s =
            c.prepareStatement(
                "select reason, field, error_code from gateway.refusal order by id desc limit 1");
        var rs = s.executeQuery()) {
      rs.next();
      return Map.of("reason", rs.getString(1), "field", rs.getString(2), "code", rs.getString(3));
    }
  }
}
