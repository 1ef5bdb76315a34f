package org.agentset.gateway.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.Hkdf;
import org.agentset.set.crypto.KeyPurpose;
import org.agentset.set.crypto.SharedKey;
import org.agentset.set.msg.Credential;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The payment gateway's two SET keys (signature, key exchange) and what is done with them, free of
 * the container: generated in the gateway's suite, sealed with {@link SealedKeyStore}, certified by
 * the CA from PKCS#10 requests, and turned into set-core {@link Credential}s once both certificates
 * are installed. Until then each key sits in the store with a self-signed placeholder certificate
 * (BCFKS keeps a certificate beside every private key); placeholders never leave here.
 *
 * <p>The CapToken key is derived from the signature key (HKDF-SHA256), so it is as protected and as
 * durable as that key, and changes with it.
 */
public final class KeyMaterial {

  /** The subject the gateway's requests carry. */
  public static final String SUBJECT = "CN=AgentSET Payment Gateway,O=AgentSET,C=NL";

  static final String SIGNATURE = "gateway-signature";
  static final String KEY_EXCHANGE = "gateway-key-exchange";

  private final Provider provider;
  private final SealedKeyStore store;
  private final Clock clock;
  private final Map<String, SealedKeyStore.Entry> entries;

  private KeyMaterial(Provider provider, Clock clock, Map<String, SealedKeyStore.Entry> entries) {
    this.provider = provider;
    this.store = new SealedKeyStore(provider, "gateway");
    this.clock = clock;
    this.entries = Map.copyOf(entries);
  }

  /** Fresh keys of {@code suite}, not yet certified. */
  public static KeyMaterial generate(Provider provider, Clock clock, AlgorithmSuite suite) {
    Map<String, SealedKeyStore.Entry> e = new LinkedHashMap<>();
    for (String alias : List.of(SIGNATURE, KEY_EXCHANGE)) {
      KeyPair pair =
          suite.generateKeyPair(
              alias.equals(SIGNATURE) ? KeyPurpose.SIGNATURE : KeyPurpose.KEY_EXCHANGE);
      e.put(alias, new SealedKeyStore.Entry(pair.getPrivate(), placeholder(provider, clock, pair)));
    }
    return new KeyMaterial(provider, clock, e);
  }

  /** Keys certified by SET registration: each key pair with the certificate the CA issued. */
  public static KeyMaterial enrolled(
      Provider provider,
      Clock clock,
      KeyPair signature,
      X509Certificate signatureCertificate,
      KeyPair keyExchange,
      X509Certificate keyExchangeCertificate) {
    Map<String, SealedKeyStore.Entry> e = new LinkedHashMap<>();
    e.put(SIGNATURE, new SealedKeyStore.Entry(signature.getPrivate(), signatureCertificate));
    e.put(KEY_EXCHANGE, new SealedKeyStore.Entry(keyExchange.getPrivate(), keyExchangeCertificate));
    KeyMaterial k = new KeyMaterial(provider, clock, e);
    k.certified(signatureCertificate, keyExchangeCertificate); // checks each certifies its key
    return k;
  }

  /** Keys sealed earlier by {@link #seal}. */
  public static KeyMaterial open(Provider provider, Clock clock, byte[] sealed, char[] password) {
    Map<String, SealedKeyStore.Entry> e =
        new SealedKeyStore(provider, "gateway").open(sealed, password);
    if (!e.containsKey(SIGNATURE) || !e.containsKey(KEY_EXCHANGE)) {
      throw new IllegalStateException("the gateway's key store lacks one of its two keys");
    }
    return new KeyMaterial(provider, clock, e);
  }

  /** The keys, encrypted under {@code password}. */
  public byte[] seal(char[] password) {
    return store.seal(entries, password);
  }

  /** A PEM PKCS#10 request for the signature or key-exchange key. */
  public String certificationRequest(boolean signature) {
    SealedKeyStore.Entry e = entries.get(signature ? SIGNATURE : KEY_EXCHANGE);
    try {
      byte[] der =
          new JcaPKCS10CertificationRequestBuilder(
                  new X500Name(SUBJECT), e.certificate().getPublicKey())
              .build(signerFor(e.key()))
              .getEncoded();
      return pem("CERTIFICATE REQUEST", der);
    } catch (IOException | OperatorCreationException ex) {
      throw new IllegalStateException("cannot build the gateway's certification request", ex);
    }
  }

  /**
   * These keys with the CA-issued certificates in place of the placeholders.
   *
   * @throws IllegalArgumentException if a certificate does not certify the key it is for
   */
  public KeyMaterial certified(X509Certificate signature, X509Certificate keyExchange) {
    Map<String, SealedKeyStore.Entry> e = new LinkedHashMap<>();
    e.put(SIGNATURE, replaced(SIGNATURE, signature));
    e.put(KEY_EXCHANGE, replaced(KEY_EXCHANGE, keyExchange));
    return new KeyMaterial(provider, clock, e);
  }

  private SealedKeyStore.Entry replaced(String alias, X509Certificate cert) {
    SealedKeyStore.Entry was = entries.get(alias);
    if (!sameKey(was.certificate().getPublicKey(), cert.getPublicKey())) {
      throw new IllegalArgumentException(
          "the certificate for the " + alias + " key certifies another key");
    }
    return new SealedKeyStore.Entry(was.key(), cert);
  }

  /** Whether both keys carry CA-issued certificates (not placeholders). */
  public boolean isCertified() {
    return entries.values().stream().noneMatch(e -> isPlaceholder(e.certificate()));
  }

  /** The signature credential with {@code chain} (issuers, nearest first, root excluded). */
  public Optional<Credential> signature(List<X509Certificate> chain) {
    return credential(SIGNATURE, chain);
  }

  /** The key-exchange credential. */
  public Optional<Credential> keyExchange(List<X509Certificate> chain) {
    return credential(KEY_EXCHANGE, chain);
  }

  /** The certificate of the signature or key-exchange key (a placeholder until certified). */
  public X509Certificate certificate(boolean signature) {
    return entries.get(signature ? SIGNATURE : KEY_EXCHANGE).certificate();
  }

  /** The CapToken key, derived from the signature key. */
  public SharedKey tokenKey() {
    byte[] ikm = entries.get(SIGNATURE).key().getEncoded();
    try {
      byte[] key =
          Hkdf.derive(
              "AgentSET gateway".getBytes(StandardCharsets.US_ASCII),
              ikm,
              "CapToken key v1".getBytes(StandardCharsets.US_ASCII),
              SharedKey.LENGTH);
      return new SharedKey("gateway-token-1".getBytes(StandardCharsets.US_ASCII), key);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  private Optional<Credential> credential(String alias, List<X509Certificate> chain) {
    SealedKeyStore.Entry e = entries.get(alias);
    if (isPlaceholder(e.certificate())) {
      return Optional.empty();
    }
    return Optional.of(
        new Credential(
            new KeyPair(e.certificate().getPublicKey(), e.key()), e.certificate(), chain));
  }

  /** Reads every certificate of a PEM text. */
  public static List<X509Certificate> certificates(String pem) {
    try {
      List<X509Certificate> out = new ArrayList<>();
      for (var c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
        out.add((X509Certificate) c);
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not PEM certificates: " + e.getMessage(), e);
    }
  }

  /** One certificate as PEM. */
  public static String pem(X509Certificate c) {
    try {
      return pem("CERTIFICATE", c.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static boolean sameKey(PublicKey a, PublicKey b) {
    return Arrays.equals(a.getEncoded(), b.getEncoded());
  }

  private static boolean isPlaceholder(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal())
        && c.getSubjectX500Principal().getName().contains("placeholder");
  }

  private ContentSigner signerFor(PrivateKey key) throws OperatorCreationException {
    return signerFor(provider, key);
  }

  private static ContentSigner signerFor(Provider provider, PrivateKey key)
      throws OperatorCreationException {
    String alg = key.getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    return new JcaContentSignerBuilder(alg).setProvider(provider).build(key);
  }

  private static X509Certificate placeholder(Provider provider, Clock clock, KeyPair pair) {
    Instant now = clock.instant();
    X500Name name = new X500Name("CN=AgentSET gateway key placeholder");
    try {
      return new JcaX509CertificateConverter()
          .setProvider(provider)
          .getCertificate(
              new JcaX509v3CertificateBuilder(
                      name,
                      BigInteger.ONE,
                      Date.from(now.minus(Duration.ofMinutes(1))),
                      Date.from(now.plus(Duration.ofDays(3650))),
                      name,
                      pair.getPublic())
                  .build(signerFor(provider, pair.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make the key placeholder certificate", e);
    }
  }
}
