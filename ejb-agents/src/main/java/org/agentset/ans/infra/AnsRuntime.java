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

  private final Provider provider = new BouncyCastleProvider();
  private final SecureRandom random = new SecureRandom();
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
        keys = new AgentKeys(provider, random, password);
      } finally {
        java.util.Arrays.fill(password, '\0');
      }
    }
    return keys;
  }

  public Provider provider() {
    return provider;
  }

  public SecureRandom random() {
    return random;
  }

  public Clock clock() {
    return Clock.systemUTC();
  }
}
