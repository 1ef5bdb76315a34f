package org.agentset.set.msg;

import org.agentset.set.asn1.gateway.AuthCode;

/**
 * Each party's SET work in one purchase of a {@link FlowFixture}, from the bytes it receives to the
 * bytes it sends, every check included: the five operations set-bench's {@code PartyBenchmark}
 * times with JMH and {@link PurchaseCryptoFloor} times in a load driver's JVM, written once so that
 * the two always measure the same work.
 */
public final class PurchaseSteps {

  private final FlowFixture f;
  private final byte[] pInitRes;
  private final byte[] pReq;
  private final byte[] authReq;
  private final byte[] authRes;
  private final byte[] pRes;

  public PurchaseSteps(FlowFixture f) throws Exception {
    this.f = f;
    pInitRes = f.pInitRes();
    pReq = f.pReq();
    authReq = f.authReq();
    authRes = f.authRes();
    pRes = f.pRes();
  }

  /** Cardholder: verify PInitRes, build and dual-sign PReq (PI extra-encrypted to the gateway). */
  public byte[] cardholderBuildsPReq() throws Exception {
    return f.cardholder().purchaseRequest(f.pInitSent(), pInitRes).message().getDerEncoded();
  }

  /** Merchant: verify PReq (dual signature over the OI, HOD, binding), build AuthReq (EncB). */
  public byte[] merchantProcessesPReqBuildsAuthReq() throws Exception {
    VerifiedPReq v = f.merchant().verifyPurchaseRequest(f.pInitAnswered(), pReq);
    return f.merchantPayments().authorise(v, f.order().amount(), false).message().getDerEncoded();
  }

  /** Gateway: open AuthReq and the PI, verify both signatures and all links, build AuthRes. */
  public byte[] gatewayProcessesAuthReqBuildsAuthRes() throws Exception {
    AuthorisationRequest r = f.gateway().processAuthorisationRequest(authReq);
    return f.gateway()
        .authorisationResponse(r, BankDecision.approved(r.amount(), "A1B2C3"))
        .getDerEncoded();
  }

  /** Merchant: open and verify AuthRes (binding, receipt), build PRes relaying the receipt. */
  public byte[] merchantProcessesAuthResBuildsPRes() throws Exception {
    AuthorisationResult r =
        f.merchantPayments().processAuthorisationResponse(f.authReqSent(), authRes);
    return f.merchant().purchaseResponse(f.verifiedPReq(), r).getDerEncoded();
  }

  /** Cardholder: verify PRes and the gateway receipt in it (the fixture's purchase is approved). */
  public PurchaseOutcome cardholderVerifiesPRes() throws Exception {
    PurchaseOutcome o = f.cardholder().verifyPurchaseResponse(f.pReqSent(), pRes);
    if (o.authCode() != AuthCode.APPROVED) {
      throw new IllegalStateException("the fixture's purchase is not approved");
    }
    return o;
  }
}
