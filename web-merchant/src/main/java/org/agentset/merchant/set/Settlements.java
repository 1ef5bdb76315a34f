package org.agentset.merchant.set;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.gateway.CapResData;
import org.agentset.set.asn1.gateway.CapResItem;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.gateway.CredResData;
import org.agentset.set.asn1.gateway.CredResItem;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.ErrorCode;
import org.agentset.set.asn1.msg.ErrorTBS;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetError;
import org.agentset.set.msg.AuthorisationResult;
import org.agentset.set.msg.CaptureSent;
import org.agentset.set.msg.CreditSent;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.MerchantRecords;
import org.agentset.set.msg.SetProtocolException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * The merchant's capture and refund messages, container-free: a CapReq for a batch of accepted
 * authorizations (each captured for its authorized amount, its CapToken as baggage) and a CredReq
 * for one refund, built with set-core from the records kept by XID, and their answers read back
 * into one result per order. The caller records the request's RRPID before sending (the RRPID of
 * the CapReq names the capture in a later CredReq) and the results after.
 */
public final class Settlements {

  private Settlements() {}

  /** One authorization to capture: the order and its {@code MerchantRecords} authorization. */
  public record ToCapture(UUID orderId, byte[] authRecord) {}

  /** A built CapReq: its bytes, its RRPID, and the orders in item order. */
  public record CaptureBatch(CaptureSent sent, byte[] rrpid, List<UUID> orders) {
    public byte[] message() {
      return sent.message().getDerEncoded();
    }
  }

  /** The gateway's answer for one order of a batch. */
  public record Captured(UUID orderId, CapCode code, long capturedMinor) {
    public boolean success() {
      return code == CapCode.SUCCESS;
    }
  }

  /** A built CredReq for one refund. */
  public record Refund(CreditSent sent, byte[] rrpid) {
    public byte[] message() {
      return sent.message().getDerEncoded();
    }
  }

  /** The gateway's answer to a refund. */
  public record Refunded(CredCode code, long creditedMinor) {
    public boolean success() {
      return code == CredCode.SUCCESS;
    }
  }

  /** CapReq capturing each authorization for its authorized amount. */
  public static CaptureBatch capture(MerchantParty party, List<ToCapture> items)
      throws SetProtocolException {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a capture batch needs at least one authorization");
    }
    List<MerchantAuthorisation.Capture> captures = new ArrayList<>();
    for (ToCapture t : items) {
      AuthorisationResult a = MerchantRecords.readAuthorisation(t.authRecord());
      if (!a.approved() || a.capToken() == null) {
        throw new IllegalArgumentException(
            "order " + t.orderId() + " has no capturable authorization");
      }
      captures.add(new MerchantAuthorisation.Capture(a, a.header().getAuthAmt()));
    }
    CaptureSent sent = party.payments().capture(captures);
    return new CaptureBatch(
        sent,
        sent.message().getMessageHeader().getRrpid(),
        items.stream().map(ToCapture::orderId).toList());
  }

  /**
   * Reads CapRes: one result per order, in batch order.
   *
   * @throws SetProtocolException when the answer is no valid CapRes for this batch (a SET Error
   *     included: {@link #errorCode} names it)
   */
  public static List<Captured> captured(MerchantParty party, CaptureBatch batch, byte[] capRes)
      throws SetProtocolException {
    CapResData data = party.payments().processCaptureResponse(batch.sent(), capRes);
    List<Captured> out = new ArrayList<>();
    for (int i = 0; i < batch.orders().size(); i++) {
      CapResItem item = data.getCapResItemSeq().get(i);
      var payload = item.getCapResPayload();
      CapCode code = payload.getCapCode();
      long minor = code == CapCode.SUCCESS ? minor(payload.getCapAmt()) : 0;
      out.add(new Captured(batch.orders().get(i), code, minor));
    }
    return out;
  }

  /** CredReq refunding {@code minor} of the capture {@code captureRrpid} of an authorization. */
  public static Refund refund(
      MerchantParty party, byte[] authRecord, byte[] captureRrpid, long minor)
      throws SetProtocolException {
    AuthorisationResult a = MerchantRecords.readAuthorisation(authRecord);
    CurrencyAmount authorised = a.header().getAuthAmt();
    CurrencyAmount amount =
        new CurrencyAmount(authorised.getCurrency(), minor, authorised.getAmtExp10());
    CreditSent sent =
        party.credits().credit(List.of(new MerchantCredit.Credit(a, captureRrpid, amount)));
    return new Refund(sent, sent.message().getMessageHeader().getRrpid());
  }

  /**
   * Reads CredRes.
   *
   * @throws SetProtocolException when the answer is no valid CredRes for this refund
   */
  public static Refunded refunded(MerchantParty party, Refund refund, byte[] credRes)
      throws SetProtocolException {
    CredResData data = party.credits().processCreditResponse(refund.sent(), credRes);
    CredResItem item = data.getCredResItemSeq().get(0);
    return new Refunded(
        item.getCredCode(),
        item.getCredCode() == CredCode.SUCCESS ? minor(item.getCredActualAmt()) : 0);
  }

  /**
   * The error code of a SET Error the gateway answered with, read for the operator (its signature
   * is not checked: this only explains a refusal, it decides nothing); empty for anything else.
   */
  public static Optional<ErrorCode> errorCode(byte[] answer) {
    try {
      Object body = MessageWrapper.parse(answer, DerLimits.DEFAULT).getMessage().getBody();
      if (!(body instanceof SetError e)) {
        return Optional.empty();
      }
      if (!e.isSigned()) {
        return Optional.of(e.getUnsignedError().getErrorCode());
      }
      byte[] content =
          (byte[]) new CMSSignedData(e.getSignedError()).getSignedContent().getContent();
      return Optional.of(
          ErrorTBS.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(content))
              .getErrorCode());
    } catch (RuntimeException | org.bouncycastle.cms.CMSException | java.io.IOException ex) {
      return Optional.empty();
    }
  }

  /** An amount in minor units (the merchant's currencies have exponent -2). */
  static long minor(CurrencyAmount a) {
    BigInteger v = a.getAmount();
    int shift = -a.getAmtExp10() - 2;
    if (shift > 0) {
      v = v.divide(BigInteger.TEN.pow(shift));
    } else if (shift < 0) {
      v = v.multiply(BigInteger.TEN.pow(-shift));
    }
    return v.longValueExact();
  }
}
