package org.agentset.it.gateway;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.agentset.it.ca.CaClient;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageType;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.msg.AuthReqSent;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.CardholderPurchase;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantPurchase;
import org.agentset.set.msg.PInitAnswered;
import org.agentset.set.msg.PInitSent;
import org.agentset.set.msg.PReqSent;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.PurchaseOrder;
import org.agentset.set.msg.VerifiedPReq;
import org.agentset.set.reg.CardholderRegistration;
import org.agentset.set.reg.RegistrationForms;
import org.agentset.set.reg.Step;

/**
 * A test merchant and its customers, played with set-core in the test JVM: the cardholder's PInit
 * and PReq, the merchant's PInitRes, PReq check and AuthReq, and the merchant's reading of the
 * gateway's AuthRes and CapRes. Only the gateway is the deployed one.
 */
final class Shop {

  final List<X509Certificate> cas;
  final X509Certificate gatewayKx;
  final Credential merchantSig;
  final Credential merchantKx;
  final RevocationData revocation;
  final MerchantPurchase merchant;
  final MerchantAuthorisation payments;
  final org.agentset.set.msg.MerchantCredit credits;
  final PartyContext merchantContext;

  Shop(String merchantId) throws Exception {
    this.gatewayKx = GatewayPki.enrolGateway();
    this.cas = GatewayPki.cas();
    Credential[] m = GatewayPki.merchant(merchantId, cas);
    this.merchantSig = m[0];
    this.merchantKx = m[1];
    this.revocation = GatewayPki.revocation();
    this.merchantContext = context("merchant");
    // the merchant learns the gateway's key-exchange certificate by PCertReq, as a merchant would
    org.agentset.set.msg.GatewayCertificates pcert =
        new org.agentset.set.msg.GatewayCertificates(merchantContext);
    org.agentset.set.msg.GatewayCertificates.Sent asked = pcert.request(merchantSig, "AgentCard");
    X509Certificate fromGateway =
        pcert.gatewayKeyExchange(asked, GatewayHttp.set(asked.message().getDerEncoded()).body());
    if (!fromGateway.equals(gatewayKx)) {
      throw new AssertionError("PCertRes named another key-exchange certificate");
    }
    List<X509Certificate> gatewayPath = new ArrayList<>();
    gatewayPath.add(gatewayKx);
    gatewayPath.addAll(GatewayPki.chain(gatewayKx, cas));
    this.merchant = new MerchantPurchase(merchantContext, merchantSig, gatewayPath);
    this.payments = new MerchantAuthorisation(merchantContext, merchantSig, merchantKx, gatewayKx);
    this.credits =
        new org.agentset.set.msg.MerchantCredit(
            merchantContext, merchantSig, merchantKx, gatewayKx);
  }

  /**
   * A purchase of {@code cents} by a customer of {@code pan} enrolled for it, authorised by the
   * gateway over HTTP (with SET's CaptureNow when asked); fails unless approved.
   */
  AuthorisationResult authorised(String pan, long cents, boolean captureNow) throws Exception {
    Purchase p = new Purchase(customer(pan, GatewayAuthorisationIT.EXPIRY), cents);
    byte[] answer = GatewayHttp.set(p.authReq(captureNow)).body();
    if (SetAnswers.type(answer) != MessageType.AUTHORIZATION_RESPONSE) {
      throw new AssertionError("the gateway answered " + SetAnswers.type(answer));
    }
    AuthorisationResult result = payments.processAuthorisationResponse(p.authReq, answer);
    if (!result.approved()) {
      throw new AssertionError("the issuer declined: " + result.header().getAuthCode());
    }
    return result;
  }

  PartyContext context(String party) throws Exception {
    return context(party, Clock.systemUTC());
  }

  /** A party context whose clock is {@code clock} (a merchant whose clock is wrong). */
  PartyContext context(String party, Clock clock) throws Exception {
    SecureRandom random = new SecureRandom();
    return new PartyContext(
        new AlgorithmSuites(CaClient.BC, random).forName("p256"),
        random,
        new Freshness(clock, Duration.ofMinutes(15), Duration.ofMinutes(5)),
        new CertificateTrust(
            CaClient.BC,
            new SetPathValidator(CaClient.BC, clock, List.of(GatewayPki.root(cas))),
            () -> revocation,
            cas,
            Duration.ofMinutes(5),
            clock),
        new InMemoryReplayStore(clock),
        "AgentSET-it/1.0 (" + party + ")");
  }

  /**
   * A customer of this shop holding {@code pan}, enrolled by SET cardholder registration with the
   * CA (CardCInit, RegForm, CertReq over {@code /ca/set}) as a wallet would.
   */
  Customer customer(String pan, YearMonth expiry) throws Exception {
    CardholderRegistration.Result r = enrol(pan, expiry);
    return new Customer(new CardholderPurchase(context("cardholder"), r.credential(), r.card()));
  }

  /**
   * A wallet that pays with the certificate registered for {@code certifiedPan} but the card data
   * of {@code otherPan} (both registered): PANData that does not hash to the certificate's
   * identity.
   */
  Customer customerWithAnotherCard(String certifiedPan, String otherPan, YearMonth expiry)
      throws Exception {
    CardholderRegistration.Result certified = enrol(certifiedPan, expiry);
    CardholderRegistration.Result other = enrol(otherPan, expiry);
    return new Customer(
        new CardholderPurchase(context("cardholder"), certified.credential(), other.card()));
  }

  /**
   * A wallet that signs with the certificate registered for {@code pan} but keys its TransStains
   * with {@code cardSecret} instead of the CardSecret it registered: everything the gateway can
   * check holds; only the card's issuer can tell.
   */
  Customer customerWithCardSecret(String pan, YearMonth expiry, byte[] cardSecret)
      throws Exception {
    CardholderRegistration.Result r = enrol(pan, expiry);
    org.agentset.set.msg.CardAccount forged =
        new org.agentset.set.msg.CardAccount(pan, expiry, cardSecret, r.card().panSecret());
    return new Customer(new CardholderPurchase(context("cardholder"), r.credential(), forged));
  }

  /** This merchant's authorisation side, dated by {@code clock}. */
  MerchantAuthorisation paymentsDatedBy(Clock clock) throws Exception {
    return new MerchantAuthorisation(
        context("merchant", clock), merchantSig, merchantKx, gatewayKx);
  }

  private CardholderRegistration.Result enrol(String pan, YearMonth expiry) throws Exception {
    CardholderRegistration.Result r = enrolment(pan, expiry, CaClient.p256());
    if (!r.complete()) {
      throw new AssertionError(
          "the CA did not certify the card: " + r.status() + " " + r.message());
    }
    return r;
  }

  /**
   * SET cardholder registration of {@code pan} with the CA for {@code key}, whatever its outcome.
   */
  CardholderRegistration.Result enrolment(String pan, YearMonth expiry, java.security.KeyPair key)
      throws Exception {
    CardholderRegistration reg =
        new CardholderRegistration(context("registration"), "AgentCard", pan, expiry, "en");
    Step s1 = reg.initiate();
    Step s2 = reg.requestForm(s1, register(s1.message()));
    Step form = reg.readForm(s2, register(s2.message()));
    if (form.form() == null) {
      throw new AssertionError("the CA referred the card instead of sending its form");
    }
    Step s3 =
        reg.requestCertificate(
            form, java.util.Map.of(RegistrationForms.CARDHOLDER_NAME, "Test Cardholder"), key);
    return reg.complete(s3, register(s3.message()));
  }

  /**
   * A customer without a certificate (never registered with the CA): pays by SET's unsigned
   * purchase, which the gateway refuses unless its policy allows it.
   */
  Customer uncertifiedCustomer(String pan, YearMonth expiry) throws Exception {
    return new Customer(
        CardholderPurchase.withoutCertificate(
            context("cardholder"), org.agentset.set.msg.CardAccount.uncertified(pan, expiry)));
  }

  private static byte[] register(byte[] message) throws Exception {
    return GatewayHttp.post("/ca/set", "application/set-registration", message).body();
  }

  /** One purchase carried to the merchant's AuthReq. */
  final class Purchase {
    final PurchaseOrder order;
    final PInitSent init;
    final PInitAnswered answered;
    final PReqSent preq;
    final VerifiedPReq verified;
    AuthReqSent authReq;

    Purchase(Customer customer, long cents) throws Exception {
      this(customer, new CurrencyAmount(978, cents, -2));
    }

    Purchase(Customer customer, CurrencyAmount amount) throws Exception {
      this.order =
          new PurchaseOrder(
              ("1 x test item, " + amount.toBigDecimal() + " " + amount.getCurrency())
                  .getBytes(StandardCharsets.UTF_8),
              amount,
              "AgentCard",
              ("ORDER-" + System.nanoTime()).getBytes(StandardCharsets.US_ASCII),
              "en");
      this.init = customer.purchase.initiate(order);
      this.answered = merchant.answerInit(init.message().getDerEncoded(), order);
      this.preq = customer.purchase.purchaseRequest(init, answered.message().getDerEncoded());
      // this test merchant takes unsigned purchases too: the gateway's policy is what is tested
      this.verified =
          merchant.verifyPurchaseRequest(answered, preq.message().getDerEncoded(), true);
    }

    /** The merchant's AuthReq for the whole amount. */
    byte[] authReq(boolean captureNow) throws Exception {
      authReq = payments.authorise(verified, order.amount(), captureNow);
      return authReq.message().getDerEncoded();
    }
  }

  /** A cardholder of the test, certified by the CA. */
  record Customer(CardholderPurchase purchase) {}
}
