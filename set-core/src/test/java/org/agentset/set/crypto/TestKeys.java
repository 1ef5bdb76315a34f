package org.agentset.set.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * The fixed test keys stored under {@code vectors/crypto/keys/<suite>/<name>.pem} (a PRIVATE KEY
 * block followed by a PUBLIC KEY block), written once by {@link KeyVectorGenerator}: RSA-3072 key
 * generation is far too slow to repeat in every test run. Signature keys: {@code alice}, {@code
 * mallory}; key-exchange keys: {@code bob}, {@code eve}.
 */
final class TestKeys {

  /** One provider object for all tests; never registered globally. */
  static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

  private TestKeys() {}

  /** Suites with deterministic randomness from {@code seed}. */
  static AlgorithmSuites suites(String seed) {
    return new AlgorithmSuites(BC, new DeterministicRandom(seed));
  }

  static KeyPair signing(AlgorithmSuite suite, String name) {
    return load(suite, name, KeyPurpose.SIGNATURE);
  }

  static KeyPair exchange(AlgorithmSuite suite, String name) {
    return load(suite, name, KeyPurpose.KEY_EXCHANGE);
  }

  static KeyPair load(AlgorithmSuite suite, String name, KeyPurpose purpose) {
    return CACHE.computeIfAbsent(suite.name() + "/" + name, k -> read(suite, name, purpose));
  }

  private static KeyPair read(AlgorithmSuite suite, String name, KeyPurpose purpose) {
    String path = "/vectors/crypto/keys/" + suite.name() + "/" + name + ".pem";
    try (InputStream in = TestKeys.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test key " + path);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.US_ASCII);
          PemReader pem = new PemReader(reader)) {
        PemObject privateBlock = pem.readPemObject();
        PemObject publicBlock = pem.readPemObject();
        PrivateKey priv =
            suite.decodePrivateKey(purpose, PrivateKeyInfo.getInstance(privateBlock.getContent()));
        PublicKey pub =
            suite.decodePublicKey(
                purpose, SubjectPublicKeyInfo.getInstance(publicBlock.getContent()));
        return new KeyPair(pub, priv);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SetCryptoException e) {
      throw new IllegalStateException(e);
    }
  }
}
