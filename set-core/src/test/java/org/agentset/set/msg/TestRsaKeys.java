package org.agentset.set.msg;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The pre-generated RSA-3072 test keys of {@code vectors/cert/rsa3072-<role>.pem}, shared with the
 * certificate tests so that no test spends seconds generating RSA keys.
 */
final class TestRsaKeys {

  private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

  private TestRsaKeys() {}

  static KeyPair load(String role) {
    return CACHE.computeIfAbsent(role, TestRsaKeys::read);
  }

  private static KeyPair read(String role) {
    String path = "/vectors/cert/rsa3072-" + role + ".pem";
    try (Reader r =
            new InputStreamReader(
                TestRsaKeys.class.getResourceAsStream(path), StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      PrivateKeyInfo info = (PrivateKeyInfo) p.readObject();
      RSAPrivateCrtKey priv =
          (RSAPrivateCrtKey) new JcaPEMKeyConverter().setProvider(FlowPki.BC).getPrivateKey(info);
      var pub =
          KeyFactory.getInstance("RSA", FlowPki.BC)
              .generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      return new KeyPair(pub, priv);
    } catch (IOException | GeneralSecurityException | NullPointerException e) {
      throw new IllegalStateException("cannot load " + path, e);
    }
  }
}
