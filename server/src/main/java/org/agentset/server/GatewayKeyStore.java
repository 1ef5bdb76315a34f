package org.agentset.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment gateway's key-store password for the run command, kept like the CA's: {@code
 * AGENTSET_GATEWAY_KEYSTORE_PASSWORD} when set, else generated on the first run into {@code <data
 * dir>/gateway-keystore.password} (owner-only), handed to WildFly in the environment only.
 */
final class GatewayKeyStore {

  /** The file under the data directory that keeps a generated password. */
  static final String PASSWORD_FILE = "gateway-keystore.password";

  private GatewayKeyStore() {}

  /** {@code environment} plus the gateway's password. */
  static Map<String, String> withGateway(
      Map<String, String> environment, Path dataDir, Map<String, String> env) throws IOException {
    Map<String, String> out = new LinkedHashMap<>(environment);
    String given = env.get("AGENTSET_GATEWAY_KEYSTORE_PASSWORD");
    out.put(
        "AGENTSET_GATEWAY_KEYSTORE_PASSWORD",
        given != null && !given.isBlank()
            ? given
            : CaSettings.storedPassword(dataDir, PASSWORD_FILE, "gateway"));
    return out;
  }
}
