package org.agentset.ans.infra;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import org.agentset.ans.trust.AgentKeys;
import org.agentset.ans.trust.AgentProblem;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The agent server's settings, Bouncy Castle provider object (never registered globally), clock and
 * agent-key sealer, made once on first use — not at deployment, so a missing setting fails the
 * first request with a clear problem instead of the whole EAR.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnsRuntime {

  // Static, not instance fields: the container's no-interface view of this singleton is a subclass
  // whose every proxy instance would run instance field initialisers — a new Bouncy Castle provider
  // (tens of milliseconds of CPU) each time a bean holding a reference to it was created.
  private static final Provider PROVIDER = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();
  private volatile AnsSettings settings;
  private volatile AgentKeys keys;

  public AnsSettings settings() {
    AnsSettings s = settings;
    if (s == null) {
      try {
        s = AnsSettings.fromSystem();
      } catch (IllegalStateException e) {
        throw new AgentProblem("not-configured", 503, e.getMessage());
      }
      settings = s;
    }
    return s;
  }

  public synchronized AgentKeys keys() {
    if (keys == null) {
      char[] password = settings().keyPassword();
      try {
        keys = new AgentKeys(PROVIDER, RANDOM, password);
      } finally {
        java.util.Arrays.fill(password, '\0');
      }
    }
    return keys;
  }

  public Provider provider() {
    return PROVIDER;
  }

  public SecureRandom random() {
    return RANDOM;
  }

  public Clock clock() {
    return Clock.systemUTC();
  }
}
