package org.agentset.set.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agentset.set.crypto.suite.HybridKem;
import org.agentset.set.crypto.suite.HybridPublicKey;
import org.agentset.set.crypto.suite.PqHybridSuite;

/**
 * Writes the known-answer vectors of {@link Vectors} from the fixed keys and fixed randomness. Not
 * a test: run by hand (as {@link KeyVectorGenerator}) only when the wire format changes on purpose,
 * and say so in the commit.
 */
final class OperatorVectorGenerator {

  private OperatorVectorGenerator() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    AlgorithmSuites suites = TestKeys.suites("AgentSET operator vectors v1");
    DeterministicRandom random = new DeterministicRandom("AgentSET operator vectors v1 ops");
    for (AlgorithmSuite suite : suites.all()) {
      Path dir = Files.createDirectories(root.resolve(suite.name()));
      Signer alice = Fixtures.signer(suite, "alice");
      RecipientKey bob = Fixtures.recipientKey(suite, "bob");
      Files.write(dir.resolve("alice.crt"), alice.certificate().getEncoded());
      Files.write(dir.resolve("bob.crt"), bob.certificate().getEncoded());
      Files.write(dir.resolve("signature.bin"), suite.sign(alice.privateKey(), Vectors.MESSAGE));
      SealedKeyBlock sealed =
          suite.sealKeyBlock(bob.keyPair().getPublic(), Vectors.BLOCK, Vectors.INFO, Vectors.AAD);
      Files.write(dir.resolve("keyblock-enc.bin"), sealed.encapsulation());
      Files.write(dir.resolve("keyblock-ct.bin"), sealed.ciphertext());
      Signatures signatures = new Signatures(suite);
      Envelopes envelopes = new Envelopes(suite, random);
      SignedEnvelopes signed = new SignedEnvelopes(suite, random);
      Recipient to = bob.recipient();
      Files.write(dir.resolve("s.der"), signatures.s(alice, Vectors.TBS, Vectors.t()));
      Files.write(dir.resolve("so.der"), signatures.so(alice, Vectors.TBS, Vectors.t()));
      Files.write(dir.resolve("e.der"), envelopes.e(to, Vectors.TBE, Vectors.t()));
      Files.write(dir.resolve("eh.der"), envelopes.eh(to, Vectors.TBE, Vectors.t()));
      Files.write(
          dir.resolve("ex.der"),
          envelopes.ex(to, Vectors.TBE, Vectors.t(), SetContentTypes.PAN_DATA, Fixtures.panData()));
      Files.write(
          dir.resolve("exh.der"),
          envelopes.exh(
              to, Vectors.TBE, Vectors.t(), SetContentTypes.PAN_TOKEN, Fixtures.panData()));
      Files.write(
          dir.resolve("enc.der"), signed.enc(alice, to, Vectors.TBS, Vectors.TBE, Vectors.t()));
      Files.write(
          dir.resolve("encb.der"),
          Der.encode(
              signed.encB(
                  alice,
                  to,
                  Vectors.TBS,
                  Vectors.TBE,
                  Vectors.t(),
                  SetContentTypes.PI_DATA,
                  Vectors.b())));
      Files.write(
          dir.resolve("encx.der"),
          signed.encX(
              alice,
              to,
              Vectors.TBS,
              Vectors.TBE,
              Vectors.t(),
              SetContentTypes.PAN_DATA,
              Fixtures.panData()));
      Files.write(
          dir.resolve("encbx.der"),
          Der.encode(
              signed.encBX(
                  alice,
                  to,
                  Vectors.TBS,
                  Vectors.TBE,
                  Vectors.t(),
                  SetContentTypes.PI_DATA,
                  Vectors.b(),
                  SetContentTypes.PAN_TOKEN,
                  Fixtures.panData())));
      Files.write(
          dir.resolve("enck.der"),
          signed.encK(Vectors.sharedKey(), alice, Vectors.TBS, Vectors.TBE, Vectors.t()));
      Files.write(
          dir.resolve("pisignature.der"),
          new DualSignature(suite, random).sign(alice, Vectors.piData(), Vectors.oiData()));
      if (suite instanceof PqHybridSuite) {
        HybridKem.Encapsulated kem =
            HybridKem.encapsulate((HybridPublicKey) bob.keyPair().getPublic(), random);
        Files.write(dir.resolve("kem-enc.bin"), kem.encapsulation());
        Files.write(dir.resolve("kem-secret.bin"), kem.secret());
      }
    }
  }
}
