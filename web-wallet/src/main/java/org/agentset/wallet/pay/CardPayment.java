package org.agentset.wallet.pay;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.asn1.purchase.CompletionCode;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedContent;
import org.agentset.set.msg.CardAccount;
import org.agentset.set.msg.CardholderPurchase;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.InquirySent;
import org.agentset.set.msg.PInitSent;
import org.agentset.set.msg.PReqSent;
import org.agentset.set.msg.PartyContext;
import org.agentset.set.msg.PurchaseOrder;
import org.agentset.set.msg.PurchaseOutcome;
import org.agentset.set.msg.SetProtocolException;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.Purchase;

/**
 * One SET purchase from the cardholder's side: PInitReq → PInitRes, PReq → PRes (each checked by
 * set-core's {@link CardholderPurchase}: the merchant's signature and certificate, the gateway's
 * certificate, challenges and ids, the gateway-signed receipt of an authorization), and while the
 * merchant reports the order received but not yet authorised, InqReq → InqRes a few times. The
 * order description and amount signed under the dual signature are the merchant's signed SET
 * initiation's, which the customer (or the mandate) approved before.
 */
public final class CardPayment {

  /** How many inquiries while the result is pending, and how far apart. */
  static final int INQUIRIES = 3;

  static final Duration INQUIRY_PAUSE = Duration.ofSeconds(1);

  private final PartyContext context;
  private final SetTransport transport;
  private final Clock clock;

  public CardPayment(PartyContext context, SetTransport transport, Clock clock) {
    this.context = Objects.requireNonNull(context, "context");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Pays {@code initiation} with the card; never throws for a purchase that did not succeed — the
   * result says what happened.
   *
   * @param id the wallet's id for the purchase
   * @param agentId the agent that started it, or null
   */
  public Purchase pay(
      String id,
      SetInitiation initiation,
      Credential cardholder,
      CardAccount card,
      String cardLastFour,
      String agentId)
      throws InterruptedException {
    Builder result = new Builder(id, initiation, cardLastFour, agentId);
    CardholderPurchase purchase = new CardholderPurchase(context, cardholder, card);
    URI endpoint;
    try {
      endpoint = URI.create(initiation.getSetEndpoint());
    } catch (IllegalArgumentException e) {
      return result.failed("The merchant's SET endpoint is not a URL.");
    }
    PurchaseOrder order =
        new PurchaseOrder(
            initiation.getOrderDescriptionBytes(),
            initiation.getAmount(),
            initiation.getBrand(),
            initiation.getLocalIdM(),
            "en");
    PReqSent sent;
    byte[] answer = null;
    try {
      PInitSent init = purchase.initiate(order);
      answer = transport.post(endpoint, Der.encode(init.message()));
      sent = purchase.purchaseRequest(init, answer);
      result.xid(sent.transIds().getXid());
      answer = transport.post(endpoint, Der.encode(sent.message()));
      PurchaseOutcome outcome = purchase.verifyPurchaseResponse(sent, answer);
      for (int i = 0; i < INQUIRIES && pending(outcome); i++) {
        Thread.sleep(INQUIRY_PAUSE.toMillis());
        InquirySent inq = purchase.inquire(sent);
        answer = transport.post(endpoint, Der.encode(inq.message()));
        outcome = purchase.verifyInquiryResponse(inq, answer);
      }
      return result.outcome(outcome);
    } catch (IOException e) {
      return result.failed(
          "The merchant's SET endpoint could not be reached ("
              + e.getClass().getSimpleName()
              + ").");
    } catch (SetProtocolException e) {
      Optional<String> peer = peerError(answer);
      if (peer.isPresent()) {
        return result.failed(
            "The merchant refused the purchase with SET Error " + peer.get() + ".");
      }
      return result.failed(
          "The purchase was refused: "
              + e.refusal()
              + " ("
              + e.errorCode()
              + ") at "
              + e.field()
              + ".");
    }
  }

  /**
   * The error code of a SET Error the merchant answered with, if {@code answer} is one. Only to
   * tell the customer why: the purchase has failed either way, so a signed Error's signature is not
   * checked here.
   */
  static Optional<String> peerError(byte[] answer) {
    if (answer == null) {
      return Optional.empty();
    }
    try {
      MessageWrapper w = MessageWrapper.parse(answer, DerLimits.DEFAULT);
      if (!(w.getMessage().getBody() instanceof SetError error)) {
        return Optional.empty();
      }
      ErrorTBS tbs =
          error.isSigned()
              ? ErrorTBS.getInstance(
                  SignedContent.read(Der.encode(error.getSignedError())).unverifiedContent())
              : error.getUnsignedError();
      return Optional.of(String.valueOf(tbs.getErrorCode()));
    } catch (RuntimeException | SetCryptoException e) {
      return Optional.empty();
    }
  }

  private static boolean pending(PurchaseOutcome o) {
    return o.authCode() == null
        && (o.completionCode() == CompletionCode.ORDER_RECEIVED
            || o.completionCode() == CompletionCode.MEANINGLESS_RATIO);
  }

  private final class Builder {
    private final String id;
    private final SetInitiation initiation;
    private final String lastFour;
    private final String agentId;
    private String xid;

    Builder(String id, SetInitiation initiation, String lastFour, String agentId) {
      this.id = id;
      this.initiation = initiation;
      this.lastFour = lastFour;
      this.agentId = agentId;
    }

    void xid(byte[] x) {
      xid = HexFormat.of().formatHex(x);
    }

    Purchase failed(String why) {
      return purchase(Purchase.Outcome.FAILED, why, null);
    }

    Purchase outcome(PurchaseOutcome o) {
      if (o.authCode() == AuthCode.APPROVED && o.receipt() != null) {
        return purchase(
            Purchase.Outcome.AUTHORISED,
            "Authorised by the issuer; the gateway's receipt is verified.",
            Der.encode(o.receipt()));
      }
      if (o.authCode() != null) {
        return purchase(
            Purchase.Outcome.DECLINED, "Declined: " + describe(o.authCode()) + ".", null);
      }
      if (o.completionCode() == CompletionCode.ORDER_REJECTED
          || o.completionCode() == CompletionCode.ORDER_NOT_RECEIVED) {
        return purchase(
            Purchase.Outcome.DECLINED,
            "The merchant rejected the order (" + o.completionCode() + ").",
            null);
      }
      return purchase(
          Purchase.Outcome.PENDING,
          "The merchant has the order but no authorization yet; ask again later.",
          null);
    }

    private Purchase purchase(Purchase.Outcome outcome, String detail, byte[] receipt) {
      return new Purchase(
          id,
          clock.instant(),
          initiation.getMerchantCode(),
          initiation.getOrderDescription(),
          initiation.getAmount().getAmount().longValueExact(),
          initiation.getAmount().getCurrency(),
          initiation.getAmount().getAmtExp10(),
          new String(initiation.getLocalIdM(), StandardCharsets.US_ASCII),
          Optional.ofNullable(xid),
          outcome,
          detail,
          lastFour,
          Optional.ofNullable(agentId),
          Optional.ofNullable(receipt).map(Bytes::of));
    }
  }

  static String describe(AuthCode code) {
    return switch (code) {
      case DECLINED -> "the issuer declined";
      case EXPIRED_CARD -> "the card has expired";
      case CALL_ISSUER -> "call the issuer";
      case AMOUNT_ERROR -> "the amount is not acceptable";
      case NO_REPLY -> "the issuer did not reply";
      default -> code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }
}
