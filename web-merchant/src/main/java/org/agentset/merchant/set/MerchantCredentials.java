package org.agentset.merchant.set;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.msg.Credential;

/**
 * A merchant's two SET keys with their certificates as the merchant schema keeps them: the keys and
 * leaf certificates sealed with set-core's {@link SealedKeyStore} under the configured password,
 * and the issuing chain (root excluded) as concatenated DER certificates beside them.
 * Container-free.
 */
public final class MerchantCredentials {

  static final String SIGNATURE = "signature";
  static final String KEY_EXCHANGE = "key-exchange";

  /** What the schema stores. */
  public record Sealed(byte[] keys, byte[] chain) {}

  /** The opened pair. */
  public record Opened(Credential signature, Credential keyExchange) {}

  private MerchantCredentials() {}

  /** Seals both credentials; they share the merchant CA's chain. */
  public static Sealed seal(
      Provider bc, String merchant, Credential sig, Credential kx, char[] pw) {
    byte[] keys =
        new SealedKeyStore(bc, "merchant " + merchant)
            .seal(
                Map.of(
                    SIGNATURE,
                    new SealedKeyStore.Entry(sig.keyPair().getPrivate(), sig.certificate()),
                    KEY_EXCHANGE,
                    new SealedKeyStore.Entry(kx.keyPair().getPrivate(), kx.certificate())),
                pw);
    return new Sealed(keys, der(sig.chain()));
  }

  /**
   * Opens what {@link #seal} made.
   *
   * @throws SealedKeyStore.SealedKeyStoreException for a wrong password or damaged store
   */
  public static Opened open(Provider bc, String merchant, Sealed sealed, char[] pw) {
    Map<String, SealedKeyStore.Entry> entries =
        new SealedKeyStore(bc, "merchant " + merchant).open(sealed.keys(), pw);
    List<X509Certificate> chain = certificates(sealed.chain());
    return new Opened(
        credential(entries.get(SIGNATURE), chain), credential(entries.get(KEY_EXCHANGE), chain));
  }

  private static Credential credential(SealedKeyStore.Entry e, List<X509Certificate> chain) {
    if (e == null) {
      throw new IllegalArgumentException("the sealed merchant key store lacks a key");
    }
    return new Credential(
        new KeyPair(e.certificate().getPublicKey(), e.key()), e.certificate(), chain);
  }

  /** Certificates as concatenated DER. */
  public static byte[] der(List<X509Certificate> certificates) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (X509Certificate c : certificates) {
      try {
        out.writeBytes(c.getEncoded());
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out.toByteArray();
  }

  /** Concatenated DER (or PEM) certificates, in order. */
  public static List<X509Certificate> certificates(byte[] encoded) {
    try {
      List<X509Certificate> out = new ArrayList<>();
      for (var c :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(encoded))) {
        out.add((X509Certificate) c);
      }
      return out;
    } catch (CertificateException e) {
      throw new IllegalArgumentException("unreadable certificates", e);
    }
  }
}
