package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agentset.set.crypto.OpenSsl.Result;
import org.agentset.set.crypto.cms.Baggaged;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenSSL 3.0 reads what the rsa and p256 suites write: it parses every SignedData and
 * AuthEnvelopedData ({@code cms -cmsout -print}, {@code asn1parse}), verifies every S, SO and dual
 * signature ({@code cms -verify}), decrypts the plain-CMS envelopes (RSA-OAEP key transport, AES
 * key wrap) and verifies the signed content inside. pq-hybrid is exempt from verification — OpenSSL
 * 3.0 has neither ML-DSA nor ML-KEM — but its CMS must still parse.
 */
class OpenSslInteropTest {

  @TempDir Path dir;

  static Stream<AlgorithmSuite> classicalSuites() {
    return Stream.of(Reasons.SUITES.rsa(), Reasons.SUITES.p256());
  }

  @ParameterizedTest
  @MethodSource("classicalSuites")
  void verifiesStoredAndFreshSignedData(AlgorithmSuite suite) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    byte[] fresh =
        new Signatures(suite).s(Fixtures.signer(suite, "alice"), Vectors.TBS, Vectors.t());
    for (byte[] s : List.of(Vectors.read(suite, "s.der"), fresh)) {
      openssl.file("s.der", s);
      ok(
          openssl.run(
              "cms",
              "-verify",
              "-noverify",
              "-inform",
              "DER",
              "-in",
              "s.der",
              "-binary",
              "-out",
              "content.der"));
      assertThat(openssl.read("content.der")).isEqualTo(Der.encode(Vectors.t()));
    }
  }

  @ParameterizedTest
  @MethodSource("classicalSuites")
  void verifiesDetachedSignaturesAndTheDualSignature(AlgorithmSuite suite) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    openssl.file("so.der", Vectors.read(suite, "so.der"));
    openssl.file("t.der", Der.encode(Vectors.t()));
    ok(
        openssl.run(
            "cms",
            "-verify",
            "-noverify",
            "-inform",
            "DER",
            "-in",
            "so.der",
            "-content",
            "t.der",
            "-binary",
            "-out",
            "/dev/null"));
    openssl.file("u.der", Der.encode(Fixtures.value("another t")));
    assertThat(
            openssl
                .run(
                    "cms",
                    "-verify",
                    "-noverify",
                    "-inform",
                    "DER",
                    "-in",
                    "so.der",
                    "-content",
                    "u.der",
                    "-binary",
                    "-out",
                    "/dev/null")
                .exitCode())
        .isNotZero();
    DualSignature dual = new DualSignature(suite, new DeterministicRandom("interop"));
    Digests digests = new Digests(suite);
    openssl.file("pi.der", Vectors.read(suite, "pisignature.der"));
    openssl.file(
        "pitbs.der",
        Der.encode(
            dual.piTbs(
                digests.digestedData(SetContentTypes.PI_DATA, Vectors.piData()),
                digests.digestedData(SetContentTypes.OI_DATA, Vectors.oiData()))));
    ok(
        openssl.run(
            "cms",
            "-verify",
            "-noverify",
            "-inform",
            "DER",
            "-in",
            "pi.der",
            "-content",
            "pitbs.der",
            "-binary",
            "-out",
            "/dev/null"));
  }

  @ParameterizedTest
  @MethodSource("classicalSuites")
  void findsASignerNamedByKeyIdentifier(AlgorithmSuite suite) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    Signer unnamed = Signer.withKeyIdentifier(suite, TestKeys.signing(suite, "alice"));
    openssl.file("s.der", new Signatures(suite).s(unnamed, Vectors.TBS, Vectors.t()));
    openssl.pem("alice.pem", "CERTIFICATE", Vectors.read(suite, "alice.crt"));
    ok(
        openssl.run(
            "cms",
            "-verify",
            "-noverify",
            "-inform",
            "DER",
            "-in",
            "s.der",
            "-certfile",
            "alice.pem",
            "-binary",
            "-out",
            "/dev/null"));
  }

  @ParameterizedTest
  @MethodSource("classicalSuites")
  void parsesEveryStoredStructure(AlgorithmSuite suite) throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    for (String op : Vectors.OPERATORS) {
      openssl.file(op + ".der", cms(suite, op));
      Result printed =
          ok(openssl.run("cms", "-cmsout", "-print", "-inform", "DER", "-in", op + ".der"));
      ok(openssl.run("asn1parse", "-inform", "DER", "-in", op + ".der"));
      if (!op.startsWith("s") && !op.equals("pisignature")) {
        assertThat(printed.output()).contains("authEnvelopedData", "aes-256-gcm");
      }
    }
    Result ex = ok(openssl.run("cms", "-cmsout", "-print", "-inform", "DER", "-in", "ex.der"));
    assertThat(ex.output()).contains("d.ori", SuiteIdentifiers.ORI_KEY_BLOCK.getId());
    Result enck = ok(openssl.run("cms", "-cmsout", "-print", "-inform", "DER", "-in", "enck.der"));
    assertThat(enck.output()).contains("d.kekri", "id-aes256-wrap");
  }

  @Test
  void decryptsAnRsaEnvelopeAndVerifiesTheSignedContentInside() throws Exception {
    AlgorithmSuite suite = Reasons.SUITES.rsa();
    OpenSsl openssl = new OpenSsl(dir);
    openssl.pem(
        "bob.key", "PRIVATE KEY", TestKeys.exchange(suite, "bob").getPrivate().getEncoded());
    openssl.pem("bob.pem", "CERTIFICATE", Vectors.read(suite, "bob.crt"));
    openssl.file("e.der", Vectors.read(suite, "e.der"));
    ok(
        openssl.run(
            "cms",
            "-decrypt",
            "-inform",
            "DER",
            "-in",
            "e.der",
            "-recip",
            "bob.pem",
            "-inkey",
            "bob.key",
            "-binary",
            "-out",
            "e.out"));
    assertThat(openssl.read("e.out"))
        .isEqualTo(AuthEnvelopedCodec.inner(Vectors.TBE, Der.encode(Vectors.t())));
    openssl.file("enc.der", Vectors.read(suite, "enc.der"));
    ok(
        openssl.run(
            "cms",
            "-decrypt",
            "-inform",
            "DER",
            "-in",
            "enc.der",
            "-recip",
            "bob.pem",
            "-inkey",
            "bob.key",
            "-binary",
            "-out",
            "enc.out"));
    verifyInnerSignedData(openssl, "enc.out");
  }

  @ParameterizedTest
  @MethodSource("classicalSuites")
  void decryptsEncKWithTheSharedKeyAndVerifiesTheSignedContentInside(AlgorithmSuite suite)
      throws Exception {
    OpenSsl openssl = new OpenSsl(dir);
    openssl.file("enck.der", Vectors.read(suite, "enck.der"));
    byte[] key = new byte[32];
    for (int i = 0; i < 32; i++) {
      key[i] = (byte) (i + 1);
    }
    ok(
        openssl.run(
            "cms",
            "-decrypt",
            "-inform",
            "DER",
            "-in",
            "enck.der",
            "-secretkey",
            Hex.toHexString(key),
            "-secretkeyid",
            Hex.toHexString(Vectors.sharedKey().identifier()),
            "-binary",
            "-out",
            "enck.out"));
    verifyInnerSignedData(openssl, "enck.out");
    assertThat(
            openssl
                .run(
                    "cms",
                    "-decrypt",
                    "-inform",
                    "DER",
                    "-in",
                    "enck.der",
                    "-secretkey",
                    Hex.toHexString(new byte[32]),
                    "-secretkeyid",
                    Hex.toHexString(Vectors.sharedKey().identifier()),
                    "-binary",
                    "-out",
                    "bad.out")
                .exitCode())
        .isNotZero();
  }

  @Test
  void pqHybridStructuresStillParseAsCms() throws Exception {
    AlgorithmSuite suite = Reasons.SUITES.pqHybrid();
    OpenSsl openssl = new OpenSsl(dir);
    for (String op : Vectors.OPERATORS) {
      openssl.file(op + ".der", cms(suite, op));
      ok(openssl.run("cms", "-cmsout", "-print", "-inform", "DER", "-in", op + ".der"));
    }
  }

  /** Unwraps the inner ContentInfo {TBE, SignedData} OpenSSL decrypted and verifies it. */
  private static void verifyInnerSignedData(OpenSsl openssl, String decrypted) throws Exception {
    ContentInfo inner = ContentInfo.getInstance(openssl.read(decrypted));
    assertThat(inner.getContentType()).isEqualTo(Vectors.TBE);
    openssl.file("inner.der", Der.encode((ASN1Encodable) inner.getContent()));
    ok(
        openssl.run(
            "cms",
            "-verify",
            "-noverify",
            "-inform",
            "DER",
            "-in",
            "inner.der",
            "-binary",
            "-out",
            "inner.out"));
    assertThat(openssl.read("inner.out")).isEqualTo(Der.encode(Vectors.t()));
  }

  /** The CMS ContentInfo of a stored operator output (the envelope of an EncB pair). */
  private static byte[] cms(AlgorithmSuite suite, String op) throws SetCryptoException {
    byte[] stored = Vectors.read(suite, op + ".der");
    return op.equals("encb") || op.equals("encbx") ? Baggaged.decode(stored).envelope() : stored;
  }

  private static Result ok(Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result;
  }
}
