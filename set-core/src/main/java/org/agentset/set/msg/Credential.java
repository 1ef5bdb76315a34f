package org.agentset.set.msg;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.msg.CertThumb;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.RecipientKey;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A party's own key with its certificate and the chain it sends along (issuing CA up to, not
 * including, the root), e.g. the merchant's signature key or the gateway's key-exchange key. The
 * web applications load one per key from their key store (HSM in production).
 *
 * @param keyPair the key pair
 * @param certificate its certificate
 * @param chain the issuers to carry after it, nearest first, root excluded
 */
public record Credential(
    KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {

  public Credential {
    Objects.requireNonNull(keyPair, "keyPair");
    Objects.requireNonNull(certificate, "certificate");
    chain = List.copyOf(chain);
  }

  /** The certificate and its chain, leaf first. */
  public List<X509Certificate> path() {
    List<X509Certificate> all = new ArrayList<>();
    all.add(certificate);
    all.addAll(chain);
    return List.copyOf(all);
  }

  /** The certificate's thumbprint as SET carries it. */
  public CertThumb thumb() {
    return Certificates.thumb(certificate);
  }

  /** A signer in {@code suite} carrying this path and, after it, {@code alsoCarried}. */
  public Signer signer(AlgorithmSuite suite, List<X509Certificate> alsoCarried) {
    List<X509CertificateHolder> carried = new ArrayList<>();
    for (X509Certificate c : path()) {
      carried.add(Certificates.holder(c));
    }
    for (X509Certificate c : alsoCarried) {
      carried.add(Certificates.holder(c));
    }
    return Signer.withCertificate(suite, keyPair, Certificates.holder(certificate), carried);
  }

  /** This key as the recipient of envelopes. */
  public RecipientKey recipientKey() {
    return new RecipientKey(keyPair, Certificates.holder(certificate));
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "Credential[" + certificate.getSubjectX500Principal().getName() + "]";
  }
}
