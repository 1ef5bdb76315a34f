package org.agentset.set.crypto;

import static org.agentset.set.crypto.Reasons.fails;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.Arrays;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.agentset.set.crypto.suite.HybridKem;
import org.agentset.set.crypto.suite.HybridPrivateKey;
import org.agentset.set.crypto.suite.HybridPublicKey;
import org.agentset.set.crypto.suite.PqHybridSuite;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

/** The pq-hybrid suite's own constructions: the hybrid KEM, the composite signature, the keys. */
class HybridTest {

  private final PqHybridSuite suite = Reasons.SUITES.pqHybrid();
  private final KeyPair bob = TestKeys.exchange(suite, "bob");
  private final KeyPair alice = TestKeys.signing(suite, "alice");

  @Test
  void decapsulatesTheStoredEncapsulationToTheStoredSecret() throws Exception {
    assertThat(HybridKem.decapsulate(bob, Vectors.read(suite, "kem-enc.bin")))
        .isEqualTo(Vectors.read(suite, "kem-secret.bin"));
  }

  @Test
  void encapsulatesAFreshSecretEachTime() throws Exception {
    HybridKem.Encapsulated a =
        HybridKem.encapsulate((HybridPublicKey) bob.getPublic(), new DeterministicRandom("kem a"));
    HybridKem.Encapsulated b =
        HybridKem.encapsulate((HybridPublicKey) bob.getPublic(), new DeterministicRandom("kem b"));
    assertThat(a.encapsulation()).hasSize(HybridKem.ENCAPSULATION_LENGTH);
    assertThat(a.secret()).hasSize(32).isNotEqualTo(b.secret());
    assertThat(HybridKem.decapsulate(bob, a.encapsulation())).isEqualTo(a.secret());
  }

  @Test
  void aChangedMlKemCiphertextGivesAnUnrelatedSecret() throws Exception {
    byte[] enc = Vectors.read(suite, "kem-enc.bin");
    assertThat(HybridKem.decapsulate(bob, Tamper.flip(enc, 100)))
        .isNotEqualTo(Vectors.read(suite, "kem-secret.bin"));
  }

  @Test
  void aChangedX25519ShareGivesAnUnrelatedSecret() throws Exception {
    byte[] enc = Vectors.read(suite, "kem-enc.bin");
    assertThat(HybridKem.decapsulate(bob, Tamper.flip(enc, enc.length - 5)))
        .isNotEqualTo(Vectors.read(suite, "kem-secret.bin"));
  }

  @Test
  void aLowOrderX25519ShareIsRefused() {
    byte[] enc = Vectors.read(suite, "kem-enc.bin");
    Arrays.fill(enc, HybridKem.ML_KEM_CIPHERTEXT, enc.length, (byte) 0);
    fails(() -> HybridKem.decapsulate(bob, enc), Reason.DECRYPTION_FAILED);
  }

  @Test
  void aWrongLengthEncapsulationIsRefused() {
    byte[] enc = Vectors.read(suite, "kem-enc.bin");
    fails(() -> HybridKem.decapsulate(bob, Tamper.truncate(enc, 1)), Reason.MALFORMED);
  }

  @Test
  void anotherRecipientGetsAnotherSecret() throws Exception {
    assertThat(
            HybridKem.decapsulate(
                TestKeys.exchange(suite, "eve"), Vectors.read(suite, "kem-enc.bin")))
        .isNotEqualTo(Vectors.read(suite, "kem-secret.bin"));
  }

  @Test
  void compositeSignatureNeedsBothHalves() throws Exception {
    byte[] signature = Vectors.read(suite, "signature.bin");
    ASN1Sequence halves = ASN1Sequence.getInstance(signature);
    byte[] other = suite.sign(alice.getPrivate(), "another message".getBytes());
    ASN1Sequence otherHalves = ASN1Sequence.getInstance(other);
    // a genuine ML-DSA half with another message's ECDSA half, and the reverse
    for (ASN1Encodable[] mixed :
        new ASN1Encodable[][] {
          {halves.getObjectAt(0), otherHalves.getObjectAt(1)},
          {otherHalves.getObjectAt(0), halves.getObjectAt(1)}
        }) {
      fails(
          () ->
              suite.verify(alice.getPublic(), Vectors.MESSAGE, new DERSequence(mixed).getEncoded()),
          Reason.BAD_SIGNATURE);
    }
    // one half alone, the halves swapped, a half with unused bits
    fails(
        () ->
            suite.verify(
                alice.getPublic(),
                Vectors.MESSAGE,
                new DERSequence(halves.getObjectAt(0)).getEncoded()),
        Reason.BAD_SIGNATURE);
    fails(
        () ->
            suite.verify(
                alice.getPublic(),
                Vectors.MESSAGE,
                new DERSequence(new ASN1Encodable[] {halves.getObjectAt(1), halves.getObjectAt(0)})
                    .getEncoded()),
        Reason.BAD_SIGNATURE);
    byte[] pq = DERBitString.getInstance(halves.getObjectAt(0)).getOctets();
    fails(
        () ->
            suite.verify(
                alice.getPublic(),
                Vectors.MESSAGE,
                new DERSequence(
                        new ASN1Encodable[] {new DERBitString(pq, 1), halves.getObjectAt(1)})
                    .getEncoded()),
        Reason.BAD_SIGNATURE);
  }

  @Test
  void compositeHalvesDoNotVerifyAsPlainSignatures() throws Exception {
    ASN1Sequence halves = ASN1Sequence.getInstance(Vectors.read(suite, "signature.bin"));
    byte[] ecdsa = DERBitString.getInstance(halves.getObjectAt(1)).getOctets();
    java.security.Signature plain =
        java.security.Signature.getInstance("SHA256withECDSA", TestKeys.BC);
    plain.initVerify(((HybridPublicKey) alice.getPublic()).classical());
    plain.update(Vectors.MESSAGE);
    assertThat(plain.verify(ecdsa)).isFalse();
  }

  @Test
  void hybridKeysRefuseSwappedOrForeignComponents() throws Exception {
    HybridPublicKey pub = (HybridPublicKey) alice.getPublic();
    SubjectPublicKeyInfo swapped =
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(SuiteIdentifiers.MLDSA65_ECDSA_P256),
            new DERSequence(
                    new ASN1Encodable[] {
                      SubjectPublicKeyInfo.getInstance(pub.classical().getEncoded()),
                      SubjectPublicKeyInfo.getInstance(pub.postQuantum().getEncoded())
                    })
                .getEncoded());
    fails(() -> suite.decodePublicKey(KeyPurpose.SIGNATURE, swapped), Reason.WRONG_KEY);
    fails(
        () ->
            suite.decodePublicKey(
                KeyPurpose.KEY_EXCHANGE, SubjectPublicKeyInfo.getInstance(pub.getEncoded())),
        Reason.WRONG_KEY);
    SubjectPublicKeyInfo junk =
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(SuiteIdentifiers.MLDSA65_ECDSA_P256), new byte[] {4, 0});
    fails(() -> suite.decodePublicKey(KeyPurpose.SIGNATURE, junk), Reason.MALFORMED);
    HybridPrivateKey priv = (HybridPrivateKey) alice.getPrivate();
    PrivateKeyInfo one =
        new PrivateKeyInfo(
            new AlgorithmIdentifier(SuiteIdentifiers.MLDSA65_ECDSA_P256),
            new DERSequence(PrivateKeyInfo.getInstance(priv.postQuantum().getEncoded())));
    fails(() -> suite.decodePrivateKey(KeyPurpose.SIGNATURE, one), Reason.MALFORMED);
    PrivateKeyInfo notDer =
        new PrivateKeyInfo(
            new AlgorithmIdentifier(SuiteIdentifiers.MLDSA65_ECDSA_P256),
            new DEROctetString(new byte[3]));
    fails(() -> suite.decodePrivateKey(KeyPurpose.SIGNATURE, notDer), Reason.MALFORMED);
  }
}
