package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.agentset.set.crypto.suite.HybridKem;
import org.agentset.set.crypto.suite.HybridPrivateKey;
import org.agentset.set.crypto.suite.HybridPublicKey;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.junit.jupiter.api.Test;

/**
 * Recomputes each suite's key establishment from its written definition, with code independent of
 * the suite classes, and checks that it opens the stored known answers: RSA-OAEP with the
 * documented label on the JDK's own RSA, HPKE base mode by the letter of RFC 9180 §4-5, and the
 * hybrid KEM's HKDF combiner.
 */
class DocumentedConstructionsTest {

  @Test
  void rsaKeyBlockIsOaepSha256WithTheDocumentedLabelOnTheJdkProvider() throws Exception {
    AlgorithmSuite suite = Reasons.SUITES.rsa();
    byte[] label =
        new DERSequence(
                new org.bouncycastle.asn1.ASN1Encodable[] {
                  new DEROctetString(Vectors.INFO), new DEROctetString(Vectors.AAD)
                })
            .getEncoded("DER");
    Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding", "SunJCE");
    oaep.init(
        Cipher.DECRYPT_MODE,
        TestKeys.exchange(suite, "bob").getPrivate(),
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, new PSource.PSpecified(label)));
    assertThat(oaep.doFinal(Vectors.read(suite, "keyblock-ct.bin"))).isEqualTo(Vectors.BLOCK);
  }

  @Test
  void p256KeyBlockIsRfc9180BaseModeWithAes256Gcm() throws Exception {
    AlgorithmSuite suite = Reasons.SUITES.p256();
    KeyPair bob = TestKeys.exchange(suite, "bob");
    byte[] enc = Vectors.read(suite, "keyblock-enc.bin");
    // DHKEM(P-256, HKDF-SHA256).Decap
    ECPublicKey recipient = (ECPublicKey) bob.getPublic();
    PublicKey ephemeral =
        KeyFactory.getInstance("EC", TestKeys.BC)
            .generatePublic(
                new ECPublicKeySpec(
                    new ECPoint(
                        new BigInteger(1, Arrays.copyOfRange(enc, 1, 33)),
                        new BigInteger(1, Arrays.copyOfRange(enc, 33, 65))),
                    recipient.getParams()));
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH", TestKeys.BC);
    ecdh.init(bob.getPrivate());
    ecdh.doPhase(ephemeral, true);
    byte[] dh = ecdh.generateSecret();
    byte[] pkRm =
        SubjectPublicKeyInfo.getInstance(recipient.getEncoded()).getPublicKeyData().getOctets();
    byte[] kemSuite = cat(ascii("KEM"), new byte[] {0x00, 0x10});
    byte[] eaePrk = labeledExtract(kemSuite, new byte[0], "eae_prk", dh);
    byte[] shared = labeledExpand(kemSuite, eaePrk, "shared_secret", cat(enc, pkRm), 32);
    // KeySchedule, mode_base, HKDF-SHA256 (0x0001), AES-256-GCM (0x0002)
    byte[] hpkeSuite = cat(ascii("HPKE"), new byte[] {0x00, 0x10, 0x00, 0x01, 0x00, 0x02});
    byte[] context =
        cat(
            new byte[] {0x00},
            cat(
                labeledExtract(hpkeSuite, new byte[0], "psk_id_hash", new byte[0]),
                labeledExtract(hpkeSuite, new byte[0], "info_hash", Vectors.INFO)));
    byte[] secret = labeledExtract(hpkeSuite, shared, "secret", new byte[0]);
    byte[] key = labeledExpand(hpkeSuite, secret, "key", context, 32);
    byte[] nonce = labeledExpand(hpkeSuite, secret, "base_nonce", context, 12);
    assertThat(
            Aes256Gcm.INSTANCE.open(
                key, nonce, Vectors.AAD, Vectors.read(suite, "keyblock-ct.bin"), "HPKE"))
        .isEqualTo(Vectors.BLOCK);
  }

  @Test
  void hybridSecretIsTheDocumentedHkdfCombiner() throws Exception {
    AlgorithmSuite suite = Reasons.SUITES.pqHybrid();
    KeyPair bob = TestKeys.exchange(suite, "bob");
    byte[] enc = Vectors.read(suite, "kem-enc.bin");
    byte[] ctM = Arrays.copyOf(enc, HybridKem.ML_KEM_CIPHERTEXT);
    byte[] ctX = Arrays.copyOfRange(enc, HybridKem.ML_KEM_CIPHERTEXT, enc.length);
    HybridPrivateKey priv = (HybridPrivateKey) bob.getPrivate();
    HybridPublicKey pub = (HybridPublicKey) bob.getPublic();
    byte[] ssM =
        new MLKEMExtractor(
                (MLKEMPrivateKeyParameters)
                    PrivateKeyFactory.createKey(priv.postQuantum().getEncoded()))
            .extractSecret(ctM);
    KeyAgreement x25519 = KeyAgreement.getInstance("X25519", TestKeys.BC);
    x25519.init(priv.classical());
    x25519.doPhase(
        KeyFactory.getInstance("X25519", TestKeys.BC)
            .generatePublic(
                new java.security.spec.X509EncodedKeySpec(
                    new SubjectPublicKeyInfo(
                            SubjectPublicKeyInfo.getInstance(pub.classical().getEncoded())
                                .getAlgorithm(),
                            ctX)
                        .getEncoded())),
        true);
    byte[] ssX = x25519.generateSecret();
    byte[] pkM = raw(pub.postQuantum());
    byte[] pkX = raw(pub.classical());
    byte[] expected =
        Hkdf.derive(
            ascii("AgentSET/pq-hybrid/ML-KEM-768+X25519/v1"),
            cat(ssM, ssX),
            cat(cat(ctM, ctX), cat(pkM, pkX)),
            32);
    assertThat(Vectors.read(suite, "kem-secret.bin")).isEqualTo(expected);
  }

  private static byte[] labeledExtract(byte[] suiteId, byte[] salt, String label, byte[] ikm) {
    return Hkdf.extract(salt, cat(cat(ascii("HPKE-v1"), suiteId), cat(ascii(label), ikm)));
  }

  private static byte[] labeledExpand(
      byte[] suiteId, byte[] prk, String label, byte[] info, int length) {
    byte[] labeled =
        cat(
            cat(new byte[] {0, (byte) length}, ascii("HPKE-v1")),
            cat(suiteId, cat(ascii(label), info)));
    return Hkdf.expand(prk, labeled, length);
  }

  private static byte[] raw(PublicKey key) {
    return SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getOctets();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] cat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
