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
 * The password of the merchants' sealed SET keys, as for the CA's: {@code
 * AGENTSET_MERCHANT_KEYSTORE_PASSWORD} when set, else generated on the first run into {@code <data
 * dir>/merchant-keystore.password} (owner-only), handed to WildFly in the environment only.
 */
final class MerchantKeyStorePassword {

  static final String VARIABLE = "AGENTSET_MERCHANT_KEYSTORE_PASSWORD";
  static final String FILE = "merchant-keystore.password";

  private MerchantKeyStorePassword() {}

  static Map<String, String> environment(Path dataDir, Map<String, String> env)
      throws IOException {
    String given = env.get(VARIABLE);
    return Map.of(VARIABLE, given != null && !given.isBlank() ? given : stored(dataDir));
  }

  private static String stored(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
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
      throw new IOException(file + " holds no usable merchant key-store password");
    }
    return password;
  }
}
