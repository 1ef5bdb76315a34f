package org.agentset.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * What the run command hands the Agent Negotiation Server: the password that seals every customer
 * agent's communication key. {@code AGENTSET_ANS_KEY_PASSWORD} when set; otherwise generated on the
 * first run (256 random bits) into {@code <data dir>/ans-key.password}, owner-readable only, and
 * passed to WildFly in the environment (never on the command line, never printed) — as the CA's.
 */
final class AnsSettings {

  static final String PASSWORD_FILE = "ans-key.password";

  private AnsSettings() {}

  static Map<String, String> environment(Path dataDir, Map<String, String> env) throws IOException {
    String given = env.get("AGENTSET_ANS_KEY_PASSWORD");
    return Map.of(
        "AGENTSET_ANS_KEY_PASSWORD", given != null && !given.isBlank() ? given : stored(dataDir));
  }

  static String stored(Path dataDir) throws IOException {
    Path file = dataDir.resolve(PASSWORD_FILE);
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
      } catch (FileAlreadyExistsException raced) {
        // another launcher created it first
      } catch (UnsupportedOperationException notPosix) {
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
      }
    }
    String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (password.length() < 16) {
      throw new IOException(
          file + " holds no usable agent-key password; restore it from your backup");
    }
    return password;
  }
}
