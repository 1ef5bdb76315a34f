package org.agentset.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run command hands the certificate authority: the password of its encrypted key store
 * and the public base URL written into certificates.
 *
 * <p>The password is {@code AGENTSET_CA_KEYSTORE_PASSWORD} when set; otherwise one is generated
 * on the first run (256 random bits) and kept in {@code <data dir>/ca-keystore.password}, readable
 * by its owner only, so the CA opens its keys again on every later run. It travels to WildFly in
 * the environment, never on the command line (where {@code ps} would show it), and is never
 * printed.
 */
final class CaSettings {

  /** The file under the data directory that keeps a generated password. */
  static final String PASSWORD_FILE = "ca-keystore.password";

  private CaSettings() {}

  /** The environment variables to give WildFly for the CA. */
  static Map<String, String> environment(Path dataDir, Map<String, String> env) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String given = env.get("AGENTSET_CA_KEYSTORE_PASSWORD");
    out.put(
        "AGENTSET_CA_KEYSTORE_PASSWORD",
        given != null && !given.isBlank() ? given : storedPassword(dataDir));
    return out;
  }

  /** The JVM properties to give WildFly for the CA (public URL unless the environment sets it). */
  static List<String> jvmProperties(int httpPort, Map<String, String> env) {
    if (env.get("AGENTSET_CA_PUBLIC_URL") != null) {
      return List.of();
    }
    return List.of("-Dagentset.ca.public-url=http://localhost:" + httpPort);
  }

  /** The password kept in the data directory, created on first use. */
  static String storedPassword(Path dataDir) throws IOException {
    Path file = dataDir.resolve(PASSWORD_FILE);
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.createFile(
            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
      } catch (FileAlreadyExistsException raced) {
        // another launcher created it first: use that one
      } catch (UnsupportedOperationException notPosix) {
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
      }
    }
    String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (password.length() < 16) {
      throw new IOException(
          file + " holds no usable CA key-store password; restore it from your backup");
    }
    return password;
  }
}
