package org.agentset.set.crypto;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.DigestedData;

/**
 * HOD, the hash of the order description: {@code HOD = DD(HODInput)} with {@code HODInput = {OD,
 * PurchAmt, ODSalt, [InstallRecurData], [ODExtensions]}}. It lets the gateway check that cardholder
 * and merchant agree on order and amount without seeing the order: both send it (the cardholder in
 * PIHead, the merchant in AuthReq's CheckDigests as HOD2) and the gateway compares. ODSalt (fresh,
 * from {@link Nonces#odSalt()}) stops the gateway from testing guesses of the order description
 * against HOD.
 */
public final class Hod {

  private final Digests digests;

  public Hod(AlgorithmSuite suite) {
    this.digests = new Digests(Objects.requireNonNull(suite, "suite"));
  }

  /** HOD = DD(HODInput), HODInput given as its ASN.1 value (built by the message code). */
  public DigestedData hod(ASN1Encodable hodInput) {
    return digests.digestedData(SetContentTypes.HOD_INPUT, hodInput);
  }

  /**
   * Checks a HOD against the HODInput the checker holds.
   *
   * @param field the structure named on failure, e.g. {@code "PIHead.hod"}
   * @throws SetCryptoException {@code DIGEST_MISMATCH} (or a suite or type mismatch)
   */
  public void check(DigestedData hod, ASN1Encodable hodInput, String field)
      throws SetCryptoException {
    digests.check(hod, SetContentTypes.HOD_INPUT, hodInput, field);
  }

  /** A fresh ODSalt; same as {@link Nonces#odSalt()}. */
  public static byte[] odSalt(SecureRandom random) {
    return new Nonces(random).odSalt();
  }
}
