package org.agentset.set.reg;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.agentset.set.asn1.reg.ReferralData;
import org.agentset.set.asn1.reg.RegFormData;
import org.agentset.set.crypto.SharedKey;

/**
 * One request of an end entity's registration, in flight: the message to send ({@link #message()},
 * the DER of a MessageWrapper, to POST to the CA as {@code application/set-registration}) and what
 * the registration must remember to check the answer. Pass it back to the method that reads the
 * answer; it holds the new private keys and, for a cardholder, the card secrets, so keep it no
 * longer than the registration.
 */
public final class Step {

  enum Stage {
    INIT,
    FORM_REQUESTED,
    FORM_RECEIVED,
    CERT_REQUESTED,
    INQUIRY
  }

  final Stage stage;
  final byte[] message;
  final byte[] rrpid;
  final byte[] lidEe;
  final byte[] chall;
  byte[] lidCa;
  byte[] challCa;
  RegFormData form;
  ReferralData referral;
  X509Certificate caExchange;
  SharedKey backKey;
  byte[] cardSecret;
  KeyPair signatureKey;
  KeyPair keyExchangeKey;

  Step(Stage stage, byte[] message, byte[] rrpid, byte[] lidEe, byte[] chall) {
    this.stage = stage;
    this.message = message;
    this.rrpid = rrpid;
    this.lidEe = lidEe;
    this.chall = chall;
  }

  /** The request to send (DER MessageWrapper); null for a received form (nothing to send). */
  public byte[] message() {
    return message == null ? null : message.clone();
  }

  /**
   * The registration form the CA sent (after {@code readForm}), or null. Its fields say what the
   * answers map of the certificate request must hold.
   */
  public RegFormData form() {
    return form;
  }

  /**
   * The CA's referral instead of a form (it will not register this card or entity), or null. A
   * referral ends the registration.
   */
  public ReferralData referral() {
    return referral;
  }

  void require(Stage expected) {
    if (stage != expected) {
      throw new IllegalStateException("this step is " + stage + ", not " + expected);
    }
  }

  /** Never prints keys or secrets. */
  @Override
  public String toString() {
    return "Step[" + stage + "]";
  }
}
