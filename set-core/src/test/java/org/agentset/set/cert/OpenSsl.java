package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code openssl} command line on artefacts the tests write. A missing or hanging openssl
 * fails the test: interoperability is a requirement, not an optional extra.
 */
final class OpenSsl {

  record Result(int exitCode, String output) {}

  private final Path dir;

  OpenSsl(Path dir) {
    this.dir = dir;
  }

  Result run(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
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

  /** Runs and asserts exit code 0, returning the output. */
  String ok(String... args) {
    Result r = run(args);
    if (r.exitCode() != 0) {
      fail("openssl " + String.join(" ", args) + " exited " + r.exitCode() + ":\n" + r.output());
    }
    return r.output();
  }

  Path der(String name, X509Certificate cert) throws Exception {
    return Files.write(dir.resolve(name + ".der"), cert.getEncoded());
  }

  Path der(String name, X509CRL crl) throws Exception {
    return Files.write(dir.resolve(name + ".crl.der"), crl.getEncoded());
  }

  Path pem(String name, List<X509Certificate> certs, List<X509CRL> crls) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certs) {
      block(sb, "CERTIFICATE", c.getEncoded());
    }
    for (X509CRL c : crls) {
      block(sb, "X509 CRL", c.getEncoded());
    }
    return Files.writeString(dir.resolve(name + ".pem"), sb.toString(), StandardCharsets.US_ASCII);
  }

  private static void block(StringBuilder sb, String type, byte[] der) {
    sb.append("-----BEGIN ")
        .append(type)
        .append("-----\n")
        .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der))
        .append("\n-----END ")
        .append(type)
        .append("-----\n");
  }
}
