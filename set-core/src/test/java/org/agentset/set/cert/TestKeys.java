package org.agentset.set.cert;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Test keys: the pre-generated RSA-3072 vectors, and fresh P-256 / ML-DSA-65 keys (cheap). */
final class TestKeys {

  static final Provider BC = new BouncyCastleProvider();

  private static final Map<String, KeyPair> RSA = new ConcurrentHashMap<>();

  private TestKeys() {}

  /** The RSA-3072 key pair stored as {@code vectors/cert/rsa3072-<name>.pem}. */
  static KeyPair rsa(String name) {
    return RSA.computeIfAbsent(name, TestKeys::loadRsa);
  }

  private static KeyPair loadRsa(String name) {
    String path = "/vectors/cert/rsa3072-" + name + ".pem";
    try (Reader r =
            new InputStreamReader(
                TestKeys.class.getResourceAsStream(path), StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      PrivateKeyInfo info = (PrivateKeyInfo) p.readObject();
      RSAPrivateCrtKey priv =
          (RSAPrivateCrtKey) new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
      var pub =
          KeyFactory.getInstance("RSA", BC)
              .generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      return new KeyPair(pub, priv);
    } catch (IOException | GeneralSecurityException | NullPointerException e) {
      throw new IllegalStateException("cannot load " + path, e);
    }
  }

  static KeyPair p256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("P-256"), new SecureRandom());
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair mlDsa65() {
    try {
      return KeyPairGenerator.getInstance("ML-DSA-65", BC).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
