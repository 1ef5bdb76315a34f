package org.agentset.ans.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.set.sai.PaymentStarts;
import org.agentset.set.sai.SaiException;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Step I, the customer agent's half: the payment start for one mandate slot (DESIGN §7) — the
 * slot's sealed token, the merchant's SET endpoint and its signed SET initiation, signed with the
 * agent's communication key (signing time and a 128-bit nonce in the signed attributes) and sealed
 * under a fresh AES-256-GCM key for the wallet's communication certificate. Built by set-core's
 * {@link PaymentStarts}; this class only gathers the agent's material.
 */
public final class PaymentStartSealer {

  private final Provider provider;
  private final AlgorithmSuites suites;
  private final SecureRandom random;
  private final Clock clock;

  public PaymentStartSealer(
      Provider provider, AlgorithmSuites suites, SecureRandom random, Clock clock) {
    this.provider = provider;
    this.suites = suites;
    this.random = random;
    this.clock = clock;
  }

  /**
   * @param agentChain the agent's certificate chain, leaf first (as the CA returned it)
   * @param setInitiation the merchant's signed SetInitiation (DER)
   */
  public byte[] seal(
      PrivateKey agentKey,
      List<X509Certificate> agentChain,
      Mandate mandate,
      int slot,
      String setEndpoint,
      byte[] setInitiation,
      X509CertificateHolder wallet) {
    try {
      X509Certificate leaf = agentChain.get(0);
      List<X509CertificateHolder> holders = new ArrayList<>();
      for (X509Certificate c : agentChain) {
        holders.add(new X509CertificateHolder(c.getEncoded()));
      }
      Signer signer =
          Signer.withCertificate(
              suites.p256(), new KeyPair(leaf.getPublicKey(), agentKey), holders.get(0), holders);
      PaymentStart start =
          new PaymentStart(
              mandate.getTerms().getMandateId(),
              slot,
              mandate.slot(slot).getSealedToken(),
              setEndpoint,
              ContentInfo.getInstance(setInitiation));
      return new PaymentStarts(suites.p256(), provider, random, clock).seal(signer, start, wallet);
    } catch (SaiException e) {
      throw new IllegalStateException("cannot seal the payment start: " + e.getMessage());
    } catch (CertificateEncodingException | IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot seal the payment start: " + e.getMessage());
    }
  }

  /** Parses a PEM chain (leaf first). */
  public static List<X509Certificate> chain(String pem) {
    try {
      List<X509Certificate> out = new ArrayList<>();
      for (var c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(
                      pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
        out.add((X509Certificate) c);
      }
      return out;
    } catch (CertificateException e) {
      throw new IllegalStateException("the agent's certificate chain cannot be read", e);
    }
  }

  /** Base64 DER, as the merchant API carries the SET initiation. */
  public static byte[] base64(String b64) {
    return Base64.getDecoder().decode(b64);
  }
}
