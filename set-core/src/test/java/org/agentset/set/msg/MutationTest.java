package org.agentset.set.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random corruption of every message of a purchase, fed to the party that receives it: each
 * corrupted message is either refused with a {@link SetProtocolException} (never another exception,
 * never one naming the card) or, when only clear and unauthenticated header text was hit, accepted
 * as the original.
 */
class MutationTest {

  private static final int PER_MESSAGE = 40;

  interface Receiver {
    void receive(byte[] wire) throws SetProtocolException;
  }

  @Test
  void corruptedMessagesAreRefusedWithTypedErrors() throws Exception {
    Parties p = Parties.builder("p256").forgetful().build();
    Run run = new Run(p, Parties.order()).completed();
    CaptureSent cap =
        p.merchantPayments.capture(
            List.of(new MerchantAuthorisation.Capture(run.result, run.order.amount())));
    CaptureRequest capReq = p.capture.processCaptureRequest(Run.der(cap.message()));
    byte[] capRes = Run.der(p.capture.captureResponse(capReq, BigInteger.ONE));

    mutate("PInitReq", Run.der(run.init.message()), w -> p.merchant.answerInit(w, run.order));
    mutate(
        "PInitRes",
        Run.der(run.answered.message()),
        w -> p.cardholder.purchaseRequest(run.init, w));
    mutate(
        "PReq",
        Run.der(run.preq.message()),
        w -> p.merchant.verifyPurchaseRequest(run.answered, w));
    mutate(
        "AuthReq", Run.der(run.authReq.message()), w -> p.gateway.processAuthorisationRequest(w));
    mutate(
        "AuthRes",
        run.authRes,
        w -> p.merchantPayments.processAuthorisationResponse(run.authReq, w));
    mutate("PRes", run.pres, w -> p.cardholder.verifyPurchaseResponse(run.preq, w));
    mutate("CapReq", Run.der(cap.message()), w -> p.capture.processCaptureRequest(w));
    mutate("CapRes", capRes, w -> p.merchantPayments.processCaptureResponse(cap, w));
  }

  private static void mutate(String name, byte[] original, Receiver receiver) {
    Random random = new Random(name.hashCode());
    int refused = 0;
    for (int i = 0; i < PER_MESSAGE; i++) {
      byte[] w = original.clone();
      if (i % 8 == 7) {
        w = java.util.Arrays.copyOf(w, random.nextInt(w.length));
      } else {
        w[random.nextInt(w.length)] ^= (byte) (1 + random.nextInt(255));
      }
      try {
        receiver.receive(w);
      } catch (SetProtocolException e) {
        Tamper.assertNoCardData(e);
        refused++;
      } catch (RuntimeException e) {
        fail(name + " mutation " + i + " escaped as " + e, e);
      }
    }
    assertThat(refused).as(name + " refusals").isGreaterThan(PER_MESSAGE / 2);
  }
}
