package org.agentset.wallet.agents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.crypto.Signer;
import org.agentset.wallet.model.Bytes;
import org.agentset.wallet.model.KeyCredential;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * A key credential from the wallet file made usable: the private key, the certificate chain as
 * Bouncy Castle and JCA objects, the suite its key belongs to (EC P-256 → {@code p256}, RSA →
 * {@code rsa}) and a set-core {@link Signer}.
 */
public final class CommKeys {

  private final AlgorithmSuite suite;
  private final KeyPair keyPair;
  private final List<X509CertificateHolder> chain;
  private final List<X509Certificate> certificates;

  private CommKeys(
      AlgorithmSuite suite,
      KeyPair keyPair,
      List<X509CertificateHolder> chain,
      List<X509Certificate> certificates) {
    this.suite = suite;
    this.keyPair = keyPair;
    this.chain = List.copyOf(chain);
    this.certificates = List.copyOf(certificates);
  }

  /**
   * Reads {@code credential}.
   *
   * @throws IllegalStateException if the stored key or certificates cannot be read (the wallet
   *     wrote them itself, so this is damage, not input)
   */
  public static CommKeys of(KeyCredential credential, AlgorithmSuites suites, Provider provider) {
    try {
      List<X509CertificateHolder> chain = new ArrayList<>();
      List<X509Certificate> certs = new ArrayList<>();
      JcaX509CertificateConverter converter =
          new JcaX509CertificateConverter().setProvider(provider);
      for (Bytes b : credential.chain()) {
        X509CertificateHolder h = new X509CertificateHolder(b.toByteArray());
        chain.add(h);
        certs.add(converter.getCertificate(h));
      }
      PublicKey pub = certs.get(0).getPublicKey();
      boolean ec = pub.getAlgorithm().startsWith("EC");
      AlgorithmSuite suite = ec ? suites.p256() : suites.rsa();
      PrivateKey priv =
          KeyFactory.getInstance(ec ? "EC" : "RSA", provider)
              .generatePrivate(new PKCS8EncodedKeySpec(credential.privateKey().toByteArray()));
      return new CommKeys(suite, new KeyPair(pub, priv), chain, certs);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the stored credential cannot be read", e);
    }
  }

  /** The suite of the key. */
  public AlgorithmSuite suite() {
    return suite;
  }

  public KeyPair keyPair() {
    return keyPair;
  }

  /** The holder's certificate. */
  public X509CertificateHolder certificate() {
    return chain.get(0);
  }

  /** The holder's certificate as a JCA certificate. */
  public X509Certificate x509() {
    return certificates.get(0);
  }

  /** A set-core signer carrying the whole chain. */
  public Signer signer() {
    return Signer.withCertificate(suite, keyPair, chain.get(0), chain);
  }
}
