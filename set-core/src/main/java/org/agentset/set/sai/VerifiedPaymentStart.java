package org.agentset.set.sai;

import java.time.Instant;
import java.util.Objects;
import org.agentset.set.asn1.sai.PaymentStart;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A payment start whose envelope opened and whose signature verified with the agent's certificate:
 * the content, and the signed signing time and nonce the wallet checks for freshness and replay.
 *
 * @param content the PaymentStart
 * @param signingTime the signed signingTime (whole seconds)
 * @param nonce the signed 16-byte nonce
 * @param agentCertificate the certificate the signature verified with
 */
public record VerifiedPaymentStart(
    PaymentStart content,
    Instant signingTime,
    byte[] nonce,
    X509CertificateHolder agentCertificate) {

  public VerifiedPaymentStart {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(signingTime, "signingTime");
    nonce = nonce.clone();
    Objects.requireNonNull(agentCertificate, "agentCertificate");
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }
}
