package org.agentset.it.gateway;

import static org.agentset.it.gateway.GatewayAuthorisationIT.bankAuthorisations;
import static org.agentset.it.gateway.GatewayAuthorisationIT.bankHolds;
import static org.agentset.it.gateway.GatewayAuthorisationIT.count;
import static org.agentset.it.gateway.GatewayAuthorisationIT.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResItem;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.msg.AuthReqSent;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.CaptureSent;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantRecords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Later authorisations with AuthTokens against the deployed gateway (split shipments): the merchant
 * asks for a token (SubsequentAuthInd) while authorising the first part, the gateway issues one
 * sealed to itself, and a later AuthReq carrying it instead of the cardholder's PI is authorised at
 * the issuer for at most what is left of the cardholder-signed amount, once per token. A spent,
 * tampered, overdrawn or stolen token gets a signed SET Error and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayAuthTokenIT {

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
    shop = new Shop("NB-IT-TOKENS");
    customer = shop.customer(CARD, GatewayAuthorisationIT.EXPIRY);
    gatewaySig = GatewayPki.gatewaySignature();
  }

  private static CurrencyAmount eur(long cents) {
    return new CurrencyAmount(978, cents, -2);
  }

  private static AuthorisationResult send(AuthReqSent sent) throws Exception {
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());
    assertThat(SetAnswers.type(r.body())).isEqualTo(MessageType.AUTHORIZATION_RESPONSE);
    assertThat(r.statusCode()).isEqualTo(200);
    return shop.payments.processAuthorisationResponse(sent, r.body());
  }

  /** EUR 100 of which EUR 60 ships now, with an AuthToken asked for. */
  private static First firstShipment() throws Exception {
    Shop.Purchase p = shop.new Purchase(customer, 10000);
    AuthorisationResult first = send(shop.payments.authorise(p.verified, eur(6000), false, true));
    assertThat(first.approved()).isTrue();
    assertThat(first.authToken()).as("the gateway issued an AuthToken").isNotNull();
    return new First(p, first, p.verified.transIds().getXid());
  }

  private record First(Shop.Purchase purchase, AuthorisationResult result, byte[] xid) {}

  @Test
  void theRestOfASplitShipmentIsAuthorisedWithTheTokenExactlyOnceAndCaptured() throws Exception {
    First f = firstShipment();
    assertThat(GatewayAuthorisationIT.record(f.xid()).get("authorised_minor")).isEqualTo(6000L);

    AuthReqSent later = shop.payments.authoriseLater(f.result(), eur(4000), false, false);
    byte[] laterBytes = later.message().getDerEncoded();
    HttpResponse<byte[]> answer = GatewayHttp.set(laterBytes);
    AuthorisationResult second = shop.payments.processAuthorisationResponse(later, answer.body());
    // the same AuthReq again gets the stored answer and never reaches the issuer
    HttpResponse<byte[]> repeat = GatewayHttp.set(laterBytes);

    assertThat(second.approved()).isTrue();
    assertThat(second.capToken()).isNotNull();
    assertThat(second.authToken()).as("not asked for, and nothing left").isNull();
    assertThat(repeat.body()).isEqualTo(answer.body());
    assertThat(transactions(f.xid())).isEqualTo(2);
    assertThat(bankAuthorisations(f.xid())).isEqualTo(2);
    assertThat(bankHolds(f.xid())).isEqualTo(2);
    assertThat(
            count(
                "select sum(authorised_minor) from gateway.payment_transaction"
                    + " where xid = ? and state = 'AUTHORISED'",
                (Object) f.xid()))
        .isEqualTo(10000);

    CaptureSent capture =
        shop.payments.capture(
            List.of(
                new MerchantAuthorisation.Capture(f.result(), eur(6000)),
                new MerchantAuthorisation.Capture(second, eur(4000))));
    HttpResponse<byte[]> captured = GatewayHttp.set(capture.message().getDerEncoded());
    List<CapResItem> items =
        shop.payments.processCaptureResponse(capture, captured.body()).getCapResItemSeq();
    assertThat(items)
        .extracting(i -> i.getCapResPayload().getCapCode())
        .containsExactly(CapCode.SUCCESS, CapCode.SUCCESS);
  }

  @Test
  void anOverdrawnTamperedStolenOrSpentTokenIsRefusedAndChangesNothing() throws Exception {
    First f = firstShipment();

    // one cent more than the cardholder signed for, in total
    assertRefused(
        shop.payments.authoriseLater(f.result(), eur(4001), false, false),
        ErrorCode.UNSPECIFIED_FAILURE,
        "AMOUNT_MISMATCH");
    // a token whose sealed bytes were changed (kept by the merchant, signed by it, sent)
    assertRefused(
        shop.payments.authoriseLater(tampered(f.result()), eur(1000), false, false),
        ErrorCode.DECODING_FAILURE,
        "DECRYPTION");
    // another merchant presenting this merchant's token
    Shop other = new Shop("NB-IT-TOKEN-THIEF");
    assertRefused(
        other.payments.authoriseLater(f.result(), eur(1000), false, false),
        ErrorCode.UNSPECIFIED_FAILURE,
        "MERCHANT_MISMATCH");
    assertThat(transactions(f.xid())).isEqualTo(1);
    assertThat(bankAuthorisations(f.xid())).isEqualTo(1);

    // none of that spent the token: it authorises once, and then never again
    AuthorisationResult second =
        send(shop.payments.authoriseLater(f.result(), eur(3000), false, true));
    assertThat(second.approved()).isTrue();
    assertThat(second.authToken()).as("EUR 10 is left").isNotNull();
    assertRefused(
        shop.payments.authoriseLater(f.result(), eur(1000), false, false),
        ErrorCode.UNSPECIFIED_FAILURE,
        "REPLAYED_AUTH_TOKEN");
    assertThat(transactions(f.xid())).isEqualTo(2);
    assertThat(bankAuthorisations(f.xid())).isEqualTo(2);
  }

  @Test
  void rivalLaterAuthorisationsWithOneTokenAtOnceAuthoriseOnce() throws Exception {
    First f = firstShipment();
    List<byte[]> rivals = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rivals.add(
          shop.payments
              .authoriseLater(f.result(), eur(1000), false, false)
              .message()
              .getDerEncoded());
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(rivals.size());
    int approved = 0;
    try {
      List<java.util.concurrent.Future<byte[]>> answers = new java.util.ArrayList<>();
      for (byte[] m : rivals) {
        answers.add(pool.submit(() -> GatewayHttp.set(m).body()));
      }
      for (java.util.concurrent.Future<byte[]> a : answers) {
        if (SetAnswers.type(a.get()) == MessageType.AUTHORIZATION_RESPONSE) {
          approved++;
        } else {
          assertThat(SetAnswers.error(a.get(), gatewaySig).getErrorCode())
              .isEqualTo(ErrorCode.UNSPECIFIED_FAILURE);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(approved).as("one rival wins the token").isEqualTo(1);
    assertThat(transactions(f.xid())).isEqualTo(2);
    assertThat(bankAuthorisations(f.xid())).isEqualTo(2);
  }

  @Test
  void noTokenUnlessAskedAndNoPartAuthorisationWithoutAnnouncingTheRest() throws Exception {
    Shop.Purchase whole = shop.new Purchase(customer, 2000);
    AuthorisationResult plain = send(shop.payments.authorise(whole.verified, eur(2000), false));
    assertThat(plain.approved()).isTrue();
    assertThat(plain.authToken()).isNull();

    Shop.Purchase part = shop.new Purchase(customer, 2000);
    assertRefused(
        shop.payments.authorise(part.verified, eur(1500), false, false),
        ErrorCode.UNSPECIFIED_FAILURE,
        "AMOUNT_MISMATCH");
    assertThat(transactions(part.verified.transIds().getXid())).isZero();
  }

  /** The merchant's record of {@code r} with the last byte of its AuthToken flipped. */
  private static AuthorisationResult tampered(AuthorisationResult r) throws Exception {
    byte[] record = MerchantRecords.authorisation(r);
    byte[] token = r.authToken().getEncoded();
    int at = indexOf(record, token);
    assertThat(at).isNotNegative();
    record[at + token.length - 1] ^= 0x01;
    return MerchantRecords.readAuthorisation(record);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void assertRefused(AuthReqSent sent, ErrorCode code, String reason)
      throws Exception {
    long before = count("select count(*) from gateway.refusal where reason = ?", reason);
    HttpResponse<byte[]> r = GatewayHttp.set(sent.message().getDerEncoded());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(SetAnswers.error(r.body(), gatewaySig).getErrorCode()).isEqualTo(code);
    assertThat(count("select count(*) from gateway.refusal where reason = ?", reason))
        .isEqualTo(before + 1);
  }
}
