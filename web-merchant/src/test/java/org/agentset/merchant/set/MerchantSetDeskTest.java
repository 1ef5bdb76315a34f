package org.agentset.merchant.set;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.agentset.set.msg.AuthorisationRequest;
import org.agentset.set.msg.BankDecision;
import org.agentset.set.msg.CardholderPurchase;
import org.agentset.set.msg.CertificateTrust;
import org.agentset.set.msg.FlowFixture;
import org.agentset.set.msg.Freshness;
import org.agentset.set.msg.InMemoryReplayStore;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.MerchantPurchase;
import org.agentset.set.msg.PInitSent;
import org.agentset.set.msg.PReqSent;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.PurchaseOrder;
import org.agentset.set.msg.PurchaseOutcome;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merchant's SET desk against set-core's whole test PKI: a real cardholder and a real gateway
 * (in this JVM; on the server they are across HTTP), the merchant's state kept only as records.
 */
class MerchantSetDeskTest {

  private static final FlowFixture FX;

  static {
    try {
      FX = FlowFixture.of("p256");
    } catch (SetProtocolException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Orders orders = new Orders();
  private final Store store = new Store();
  private final AtomicInteger authorisations = new AtomicInteger();
  private BankDecisionChoice decision = BankDecisionChoice.APPROVE;
  private MerchantSetDesk desk;
  private CardholderPurchase cardholder;

  enum BankDecisionChoice {
    APPROVE,
    DECLINE
  }

  @BeforeEach
  void setUp() throws Exception {
    PartyContext ctx =
        new PartyContext(
            FX.suite(),
            new SecureRandom(),
            new Freshness(FX.clock(), Duration.ofMinutes(15), Duration.ofMinutes(5)),
            new CertificateTrust(
                new BouncyCastleProvider(), FX.validator(), FX::revocation, FX.knownCas()),
            new InMemoryReplayStore(FX.clock()),
            "merchant-desk-test");
    MerchantParty party =
        new MerchantParty(
            new MerchantPurchase(ctx, FX.credential("merchant-sig"), FX.path("gateway-kx")),
            new MerchantAuthorisation(
                ctx,
                FX.credential("merchant-sig"),
                FX.credential("merchant-kx"),
                FX.path("gateway-kx").get(0)),
            new MerchantCredit(
                ctx,
                FX.credential("merchant-sig"),
                FX.credential("merchant-kx"),
                FX.path("gateway-kx").get(0)),
            new SetErrors(ctx),
            FX.credential("merchant-sig"),
            false);
    SetErrors anonymous = new SetErrors(ctx);
    MerchantSetDesk.MerchantParties parties =
        new MerchantSetDesk.MerchantParties() {
          @Override
          public Optional<MerchantParty> of(String code) {
            return "nordlicht-books".equals(code) ? Optional.of(party) : Optional.empty();
          }

          @Override
          public byte[] anonymousError(byte[] refused, SetProtocolException refusal) {
            return anonymous.unsigned(refused, refusal).getDerEncoded();
          }
        };
    MerchantSetDesk.GatewayLink gateway =
        authReq -> {
          authorisations.incrementAndGet();
          try {
            AuthorisationRequest r = FX.gateway().processAuthorisationRequest(authReq);
            BankDecision d =
                decision == BankDecisionChoice.APPROVE
                    ? BankDecision.approved(r.amount(), "A1B2C3")
                    : BankDecision.declined(AuthCode.DECLINED, r.amount(), "05");
            return FX.gateway().authorisationResponse(r, d).getDerEncoded();
          } catch (SetProtocolException e) {
            throw new java.io.IOException(e);
          }
        };
    desk = new MerchantSetDesk(parties, orders, store, gateway);
    cardholder = FX.newCardholder();
  }

  @Test
  void anApprovedPurchaseIsAnsweredOnceAndInquiredLater() throws Exception {
    PurchaseOrder order = orders.open("NB-TESTAPPROV", "nordlicht-books", 2600);
    PInitSent init = cardholder.initiate(order);
    byte[] pInitRes = desk.handle(init.message().getDerEncoded());
    PReqSent preq = cardholder.purchaseRequest(init, pInitRes);
    assertThat(orders.events).containsExactly("started NB-TESTAPPROV");

    byte[] pres = desk.handle(preq.message().getDerEncoded());
    PurchaseOutcome outcome = cardholder.verifyPurchaseResponse(preq, pres);
    assertThat(outcome.completionCode()).isEqualTo(CompletionCode.AUTHORIZATION_PERFORMED);
    assertThat(outcome.authCode()).isEqualTo(AuthCode.APPROVED);
    assertThat(orders.events).containsExactly("started NB-TESTAPPROV", "authorised NB-TESTAPPROV");

    byte[] again = desk.handle(preq.message().getDerEncoded());
    assertThat(again).isEqualTo(pres);
    assertThat(authorisations).hasValue(1);

    var inquiry = cardholder.inquire(preq);
    byte[] inqRes = desk.handle(inquiry.message().getDerEncoded());
    assertThat(cardholder.verifyInquiryResponse(inquiry, inqRes).authCode())
        .isEqualTo(AuthCode.APPROVED);
  }

  @Test
  void aDeclineIsReportedToTheCardholderAndTheOrder() throws Exception {
    decision = BankDecisionChoice.DECLINE;
    PurchaseOrder order = orders.open("NB-TESTDECLIN", "nordlicht-books", 1990);
    PInitSent init = cardholder.initiate(order);
    PReqSent preq = cardholder.purchaseRequest(init, desk.handle(init.message().getDerEncoded()));
    PurchaseOutcome outcome =
        cardholder.verifyPurchaseResponse(preq, desk.handle(preq.message().getDerEncoded()));
    assertThat(outcome.authCode()).isEqualTo(AuthCode.DECLINED);
    assertThat(orders.events).last().asString().startsWith("declined NB-TESTDECLIN");
  }

  @Test
  void badMessagesGetASetErrorAndChangeNothing() throws Exception {
    assertThat(isError(desk.handle(new byte[] {1, 2, 3}))).isTrue();

    PurchaseOrder unknown =
        new PurchaseOrder(
            "x".getBytes(StandardCharsets.UTF_8),
            new CurrencyAmount(978, 100, -2),
            "AgentCard",
            "NB-NOSUCHORDR".getBytes(StandardCharsets.US_ASCII),
            "en");
    assertThat(isError(desk.handle(cardholder.initiate(unknown).message().getDerEncoded())))
        .isTrue();

    PurchaseOrder order = orders.open("NB-TESTTAMPER", "nordlicht-books", 4200);
    PInitSent init = cardholder.initiate(order);
    PReqSent preq = cardholder.purchaseRequest(init, desk.handle(init.message().getDerEncoded()));
    byte[] tampered = preq.message().getDerEncoded();
    tampered[tampered.length - 40] ^= 0x01;
    assertThat(isError(desk.handle(tampered))).isTrue();
    assertThat(authorisations).hasValue(0);
    assertThat(orders.events).containsExactly("started NB-TESTTAMPER");

    PurchaseOrder other = orders.open("NB-TESTOTHERM", "voltaic-parts", 500);
    assertThat(isError(desk.handle(cardholder.initiate(other).message().getDerEncoded()))).isTrue();
  }

  @Test
  void theMerchantsRecordsHoldNoCardNumber() throws Exception {
    PurchaseOrder order = orders.open("NB-TESTNOPANS", "nordlicht-books", 2600);
    PInitSent init = cardholder.initiate(order);
    PReqSent preq = cardholder.purchaseRequest(init, desk.handle(init.message().getDerEncoded()));
    desk.handle(preq.message().getDerEncoded());
    for (MerchantSetDesk.PurchaseStore.Purchase p : store.purchases.values()) {
      for (byte[] b : Arrays.asList(p.initRecord(), p.purchaseRecord(), p.authRecord(), p.pres())) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        assertThat(s).doesNotContain("4111111111111111");
        assertThat(HexFormat.of().formatHex(b)).doesNotContain("4111111111111111");
      }
    }
  }

  private static boolean isError(byte[] answer) {
    return MessageWrapper.parse(answer, DerLimits.DEFAULT).getMessage().getBody()
        instanceof SetError;
  }

  /** The order book, in memory. */
  static final class Orders implements MerchantSetDesk.OrderBook {
    final Map<String, OpenOrder> byLid = new HashMap<>();
    final Map<UUID, String> lids = new HashMap<>();
    final List<String> events = new ArrayList<>();

    PurchaseOrder open(String lid, String merchant, long cents) {
      PurchaseOrder o =
          new PurchaseOrder(
              ("Order " + lid).getBytes(StandardCharsets.UTF_8),
              new CurrencyAmount(978, cents, -2),
              "AgentCard",
              lid.getBytes(StandardCharsets.US_ASCII),
              "en");
      UUID id = UUID.randomUUID();
      byLid.put(lid, new OpenOrder(id, merchant, o, true));
      lids.put(id, lid);
      return o;
    }

    @Override
    public Optional<OpenOrder> byLidM(String lidM) {
      return Optional.ofNullable(byLid.get(lidM));
    }

    @Override
    public void started(UUID orderId, byte[] xid) {
      events.add("started " + lids.get(orderId));
    }

    @Override
    public void authorised(UUID orderId, boolean captureNow) {
      events.add("authorised " + lids.get(orderId));
    }

    @Override
    public void declined(UUID orderId, String reason) {
      events.add("declined " + lids.get(orderId) + ": " + reason);
    }

    @Override
    public void failed(UUID orderId, String reason) {
      events.add("failed " + lids.get(orderId));
    }
  }

  /** The purchase store, in memory, keyed by hex XID. */
  static final class Store implements MerchantSetDesk.PurchaseStore {
    final Map<String, Purchase> purchases = new HashMap<>();

    @Override
    public Optional<Purchase> find(byte[] xid) {
      return Optional.ofNullable(purchases.get(HexFormat.of().formatHex(xid)));
    }

    @Override
    public void started(byte[] xid, UUID orderId, String merchantCode, byte[] initRecord) {
      purchases.put(
          HexFormat.of().formatHex(xid),
          new Purchase(xid, orderId, merchantCode, initRecord, null, null, null, null));
    }

    @Override
    public void answered(
        byte[] xid, byte[] preqHash, byte[] purchaseRecord, byte[] authRecord, byte[] pres) {
      Purchase p = purchases.get(HexFormat.of().formatHex(xid));
      purchases.put(
          HexFormat.of().formatHex(xid),
          new Purchase(
              xid,
              p.orderId(),
              p.merchantCode(),
              p.initRecord(),
              preqHash,
              purchaseRecord,
              authRecord,
              pres));
    }
  }
}
