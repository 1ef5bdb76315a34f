package org.agentset.ca.testing;

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
 * The {@code openssl} command line over files the tests write. A missing or hanging openssl fails
 * the test: interoperability with standard tools is a requirement of the CA.
 */
public final class OpenSsl {

  /** Exit code and combined output of one run. */
  public record Result(int exitCode, String output) {}

  private final Path dir;

  public OpenSsl(Path dir) {
    this.dir = dir;
  }

  public Result run(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("openssl");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("openssl did not finish: " + cmd);
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("openssl is required by these tests and could not be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs and requires exit code 0; returns the output. */
  public String ok(String... args) {
    Result r = run(args);
    if (r.exitCode() != 0) {
      throw new AssertionError("openssl " + String.join(" ", args) + " exited " + r.exitCode() + ":\n" + r.output());
    }
    return r.output();
  }

  /** Writes certificates and CRLs as one PEM file. */
  public Path pem(String name, List<X509Certificate> certs, List<X509CRL> crls) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certs) {
      block(sb, "CERTIFICATE", c.getEncoded());
    }
    for (X509CRL c : crls) {
      block(sb, "X509 CRL", c.getEncoded());
    }
    return Files.writeString(dir.resolve(name + ".pem"), sb.toString(), StandardCharsets.US_ASCII);
  }

  /** Writes raw bytes. */
  public Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static void block(StringBuilder sb, String type, byte[] der) {
    sb.append("-----BEGIN ").append(type).append("-----\n")
        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der))
        .append("\n-----END ").append(type).append("-----\n");
  }
}
