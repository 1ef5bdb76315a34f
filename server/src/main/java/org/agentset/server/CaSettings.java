package org.agentset.server;

import java.util.List;
import java.util.Map;

/**
 * What the run command tells the certificate authority besides its key-store password ({@link
 * PartySecrets}): the public base URL written into certificates, from which the other parties'
 * default URLs derive as well.
 */
final class CaSettings {

  private CaSettings() {}

  /** The environment variables to give WildFly for the CA. */
  /** The JVM properties to give WildFly for the CA (public URL unless the environment sets it). */
  static List<String> jvmProperties(int httpPort, Map<String, String> env) {
    if (env.get("AGENTSET_CA_PUBLIC_URL") != null) {
      return List.of();
    }
    return List.of("-Dagentset.ca.public-url=http://localhost:" + httpPort);
  }
}
