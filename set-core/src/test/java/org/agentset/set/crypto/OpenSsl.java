package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Runs the {@code openssl} command line on files in a scratch directory. A missing or hanging
 * OpenSSL fails the calling test: interoperability is a requirement, not an optional extra.
 */
final class OpenSsl {

  /** What a run printed and returned. */
  record Result(int exitCode, String output) {}

  private final Path dir;

  OpenSsl(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code bytes} to {@code name} in the scratch directory and returns its path. */
  String file(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a PEM block. */
  String pem(String name, String type, byte[] der) {
    StringWriter text = new StringWriter();
    try (PemWriter writer = new PemWriter(text)) {
      writer.writeObject(new PemObject(type, der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(name, text.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** The contents of a file in the scratch directory. */
  byte[] read(String name) {
    try {
      return Files.readAllBytes(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of {@code name} in the scratch directory. */
  String path(String name) {
    return dir.resolve(name).toString();
  }

  /** Runs {@code openssl args...}. */
  Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("openssl did not finish: " + command);
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return fail("OpenSSL is required for the interoperability tests and could not be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted", e);
    }
  }
}
