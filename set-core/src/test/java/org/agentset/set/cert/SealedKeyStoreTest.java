package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** The sealed key store: round trip, and nothing readable or changeable without the password. */
class SealedKeyStoreTest {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final String PASSWORD = "correct horse battery staple";
  private final SealedKeyStore store = new SealedKeyStore(BC, "gateway");

  @Test
  void opensWhatItSealedWithTheSamePassword() throws Exception {
    Map<String, SealedKeyStore.Entry> entries = entries();
    byte[] sealed = store.seal(entries, PASSWORD.toCharArray());
    Map<String, SealedKeyStore.Entry> opened = store.open(sealed, PASSWORD.toCharArray());
    assertThat(opened.keySet()).isEqualTo(entries.keySet());
    for (var e : entries.entrySet()) {
      assertThat(opened.get(e.getKey()).key().getEncoded())
          .isEqualTo(e.getValue().key().getEncoded());
      assertThat(opened.get(e.getKey()).certificate()).isEqualTo(e.getValue().certificate());
    }
  }

  @Test
  void theSealedBytesHoldNoKeyNoAliasAndNoCertificateInClear() throws Exception {
    Map<String, SealedKeyStore.Entry> entries = entries();
    byte[] sealed = store.seal(entries, PASSWORD.toCharArray());
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("gateway/signing", "gateway/exchange", "Sealed Test");
    for (SealedKeyStore.Entry e : entries.values()) {
      assertThat(indexOf(sealed, ((ECPrivateKey) e.key()).getS().toByteArray())).isNegative();
      assertThat(indexOf(sealed, e.certificate().getPublicKey().getEncoded())).isNegative();
    }
  }

  @Test
  void aWrongPasswordOrDamagedContentIsRefusedWithoutSayingThePassword() throws Exception {
    byte[] sealed = store.seal(entries(), PASSWORD.toCharArray());
    assertThatThrownBy(() -> store.open(sealed, "correct horse battery stapler".toCharArray()))
        .isInstanceOf(SealedKeyStore.SealedKeyStoreException.class)
        .hasMessageContaining("cannot open the gateway key store")
        .hasMessageContaining("password is wrong or the stored key store is damaged")
        .hasMessageNotContaining("stapler")
        .hasNoCause();
    byte[] damaged = sealed.clone();
    damaged[damaged.length / 2] ^= 0x01;
    assertThatThrownBy(() -> store.open(damaged, PASSWORD.toCharArray()))
        .isInstanceOf(SealedKeyStore.SealedKeyStoreException.class);
  }

  private static Map<String, SealedKeyStore.Entry> entries() throws Exception {
    Map<String, SealedKeyStore.Entry> entries = new LinkedHashMap<>();
    for (String alias : new String[] {"gateway/signing", "gateway/exchange"}) {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair kp = g.generateKeyPair();
      X500Name name = new X500Name("CN=Sealed Test " + alias);
      Date from = new Date();
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .setProvider(BC)
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.ONE,
                          from,
                          new Date(from.getTime() + 86_400_000L),
                          name,
                          kp.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA")
                              .setProvider(BC)
                              .build(kp.getPrivate())));
      entries.put(alias, new SealedKeyStore.Entry(kp.getPrivate(), cert));
    }
    return entries;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
