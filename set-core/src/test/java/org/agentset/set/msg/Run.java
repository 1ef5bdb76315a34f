package org.agentset.set.msg;

import java.math.BigInteger;
import java.util.List;
import org.agentset.set.asn1.msg.MessageWrapper;

/**
 * One purchase carried step by step through the parties of a {@link Parties}, each step's message
 * and state kept for the tests to tamper with or replay.
 */
final class Run {

  final Parties p;
  final PurchaseOrder order;
  PInitSent init;
  PInitAnswered answered;
  PReqSent preq;
  VerifiedPReq verified;
  AuthReqSent authReq;
  AuthorisationRequest request;
  byte[] authRes;
  AuthorisationResult result;
  byte[] pres;
  PurchaseOutcome outcome;

  Run(Parties p, PurchaseOrder order) {
    this.p = p;
    this.order = order;
  }

  static byte[] der(MessageWrapper w) {
    return w.getDerEncoded();
  }

  Run initiated() throws SetProtocolException {
    init = p.cardholder.initiate(order);
    answered = p.merchant.answerInit(der(init.message()), order);
    return this;
  }

  Run requested() throws SetProtocolException {
    initiated();
    preq = p.cardholder.purchaseRequest(init, der(answered.message()));
    return this;
  }

  Run verified() throws SetProtocolException {
    requested();
    verified = p.merchant.verifyPurchaseRequest(answered, der(preq.message()));
    return this;
  }

  Run authRequested() throws SetProtocolException {
    verified();
    authReq = p.merchantPayments.authorise(verified, order.amount(), false);
    return this;
  }

  Run gatewayVerified() throws SetProtocolException {
    authRequested();
    request = p.gateway.processAuthorisationRequest(der(authReq.message()));
    return this;
  }

  Run authorised() throws SetProtocolException {
    gatewayVerified();
    authRes =
        der(
            p.gateway.authorisationResponse(
                request, BankDecision.approved(request.amount(), "A1B2C3")));
    result = p.merchantPayments.processAuthorisationResponse(authReq, authRes);
    return this;
  }

  Run completed() throws SetProtocolException {
    authorised();
    pres = der(p.merchant.purchaseResponse(verified, result));
    outcome = p.cardholder.verifyPurchaseResponse(preq, pres);
    return this;
  }

  CaptureRequest capture() throws SetProtocolException {
    CaptureSent sent =
        p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(result, order.amount())));
    CaptureRequest req = p.capture.processCaptureRequest(der(sent.message()));
    p.merchantPayments.processCaptureResponse(
        sent, der(p.capture.captureResponse(req, BigInteger.ONE)));
    return req;
  }
}
