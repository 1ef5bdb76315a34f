package org.agentset.set.sai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.sai.PaymentStart;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenSSL, as an independent implementation, opens a payment start with the wallet's key ({@code
 * cms -decrypt}: AuthEnvelopedData, AES-256-GCM, RSA-OAEP or ECDH recipient) and verifies the
 * agent's signature up to the root ({@code cms -verify -CAfile}), getting exactly the PaymentStart
 * DER. A flipped ciphertext byte makes {@code cms -decrypt} fail; another root makes {@code cms
 * -verify} fail. A missing or hanging openssl fails the test.
 */
class PaymentStartOpenSslTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void opensslDecryptsAndVerifies(String suite) throws Exception {
    SaiPki pki = SaiPki.of(suite);
    byte[] envelope = PaymentStartsTest.sealed(pki, new SecureRandom());
    PaymentStart expected =
        new PaymentStarts(pki.suite, SaiPki.BC, new SecureRandom(), PaymentStartsTest.CLOCK)
            .verify(
                new PaymentStarts(pki.suite, SaiPki.BC, new SecureRandom(), PaymentStartsTest.CLOCK)
                    .open(envelope, pki.walletKeys.getPrivate(), SaiPki.holder(pki.wallet)),
                SaiPki.holder(pki.agent))
            .content();

    Files.write(dir.resolve("ps.der"), envelope);
    pem("wallet.pem", "CERTIFICATE", List.of(pki.wallet.getEncoded()));
    pem("wallet.key", "PRIVATE KEY", List.of(pki.walletKeys.getPrivate().getEncoded()));
    pem("root.pem", "CERTIFICATE", List.of(pki.root.getEncoded()));
    pem("chain.pem", "CERTIFICATE", encoded(List.of(pki.cca, pki.geo, pki.brand)));
    String attime = Long.toString(SaiPki.NOW.getEpochSecond());

    ok(
        "cms",
        "-decrypt",
        "-inform",
        "DER",
        "-in",
        "ps.der",
        "-recip",
        "wallet.pem",
        "-inkey",
        "wallet.key",
        "-binary",
        "-out",
        "signed.der");
    ok(
        "cms",
        "-verify",
        "-inform",
        "DER",
        "-in",
        "signed.der",
        "-CAfile",
        "root.pem",
        "-certfile",
        "chain.pem",
        "-attime",
        attime,
        "-purpose",
        "any",
        "-binary",
        "-out",
        "content.der");
    assertThat(Files.readAllBytes(dir.resolve("content.der"))).isEqualTo(Der.encode(expected));
    String printed = ok("cms", "-cmsout", "-print", "-inform", "DER", "-in", "signed.der");
    assertThat(printed)
        .contains("signingTime")
        .contains("2.25.260409284261035997965710532001842741183.4.1");

    byte[] tampered = envelope.clone();
    tampered[tampered.length - 40] ^= 0x01;
    Files.write(dir.resolve("bad.der"), tampered);
    assertThat(
            run(
                    "cms",
                    "-decrypt",
                    "-inform",
                    "DER",
                    "-in",
                    "bad.der",
                    "-recip",
                    "wallet.pem",
                    "-inkey",
                    "wallet.key",
                    "-binary",
                    "-out",
                    "bad-signed.der")
                .exit)
        .isNotZero();
    pem(
        "other-root.pem",
        "CERTIFICATE",
        List.of(SaiPki.of(suite.equals("rsa") ? "p256" : "rsa").root.getEncoded()));
    assertThat(
            run(
                    "cms",
                    "-verify",
                    "-inform",
                    "DER",
                    "-in",
                    "signed.der",
                    "-CAfile",
                    "other-root.pem",
                    "-certfile",
                    "chain.pem",
                    "-attime",
                    attime,
                    "-purpose",
                    "any",
                    "-binary",
                    "-out",
                    "/dev/null")
                .exit)
        .isNotZero();
  }

  private record Result(int exit, String output) {}

  private String ok(String... args) {
    Result r = run(args);
    if (r.exit != 0) {
      fail("openssl " + String.join(" ", args) + " exited " + r.exit + ":\n" + r.output);
    }
    return r.output;
  }

  private Result run(String... args) {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("openssl timed out: " + cmd);
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("openssl is required for the interop tests and could not be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void pem(String name, String type, List<byte[]> ders) throws IOException {
    StringBuilder out = new StringBuilder();
    for (byte[] der : ders) {
      out.append("-----BEGIN ")
          .append(type)
          .append("-----\n")
          .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der))
          .append("\n-----END ")
          .append(type)
          .append("-----\n");
    }
    Files.writeString(dir.resolve(name), out.toString());
  }

  private static List<byte[]> encoded(List<X509Certificate> certs) throws Exception {
    List<byte[]> out = new ArrayList<>();
    for (X509Certificate c : certs) {
      out.add(c.getEncoded());
    }
    return out;
  }
}
