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
 * The passwords the run command hands the parties that seal keys in their schemas (the CA's
 * hierarchy, the gateway's and the merchants' SET keys, the agent server's agent keys). Each is its
 * environment variable when set; otherwise one is generated on the first run (256 random bits) and
 * kept in {@code <data dir>/<file>}, readable by its owner only, so the party opens its keys again
 * on every later run. They travel to WildFly in the environment, never on the command line (where
 * {@code ps} would show them), and are never printed. A damaged file is reported, never replaced: a
 * new password would orphan the keys sealed under the old one.
 */
final class PartySecrets {

  /** One party's secret: the variable that overrides it and the file that keeps a generated one. */
  record Secret(String variable, String file, String what) {}

  static final Secret CA =
      new Secret("AGENTSET_CA_KEYSTORE_PASSWORD", "ca-keystore.password", "CA key-store password");
  static final Secret GATEWAY =
      new Secret(
          "AGENTSET_GATEWAY_KEYSTORE_PASSWORD",
          "gateway-keystore.password",
          "gateway key-store password");
  static final Secret MERCHANT =
      new Secret(
          "AGENTSET_MERCHANT_KEYSTORE_PASSWORD",
          "merchant-keystore.password",
          "merchant key-store password");

  static final Secret ANS =
      new Secret("AGENTSET_ANS_KEY_PASSWORD", "ans-key.password", "agent-key password");

  /** Every secret the run command provides. */
  static final List<Secret> ALL = List.of(CA, GATEWAY, MERCHANT, ANS);

  private PartySecrets() {}

  /** The environment entries for every party's secret. */
  static Map<String, String> environment(Path dataDir, Map<String, String> env) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Secret s : ALL) {
      String given = env.get(s.variable());
      out.put(s.variable(), given != null && !given.isBlank() ? given : stored(dataDir, s));
    }
    return out;
  }

  /** The password kept in the data directory for {@code secret}, created on first use. */
  static String stored(Path dataDir, Secret secret) throws IOException {
    Path file = dataDir.resolve(secret.file());
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
        // another launcher created it first: use that one
      } catch (UnsupportedOperationException notPosix) {
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
      }
    }
    String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (password.length() < 16) {
      throw new IOException(
          file + " holds no usable " + secret.what() + "; restore it from your backup");
    }
    return password;
  }
}
