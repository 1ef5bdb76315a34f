package org.agentset.ca.hierarchy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The algorithm suite the hierarchy's keys belong to (DESIGN §6, the suites of set-core): {@code
 * p256} (ECDSA P-256 for signing, ECDH P-256 for key exchange; the default) or {@code rsa}
 * (RSA-3072 for both). The hierarchy is created in one suite and keeps it: the suite is recorded
 * with each CA and a different configured suite later does not change existing keys.
 *
 * <p>{@code pq-hybrid} is not offered: its composite keys (ML-DSA-65 with P-256, ML-KEM-768 with
 * X25519) have no certificate encoding in set-core's issuer yet, and a CA must not half-support a
 * suite.
 */
public enum CaSuite {
  P256("p256"),
  RSA("rsa");

  private final String id;

  CaSuite(String id) {
    this.id = id;
  }

  /** The suite's configuration name. */
  public String id() {
    return id;
  }

  /**
   * The suite named {@code id}.
   *
   * @throws IllegalStateException naming the suites the CA supports
   */
  public static CaSuite named(String id) {
    for (CaSuite s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException(
        "agentset.ca.suite '"
            + id
            + "' is not supported by the CA; choose one of "
            + Arrays.stream(values()).map(CaSuite::id).collect(Collectors.joining(", ")));
  }

  /** A fresh key pair of this suite (the same key type serves signing and key exchange). */
  public KeyPair generate(Provider provider, SecureRandom random) {
    try {
      return switch (this) {
        case P256 -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
          g.initialize(new ECGenParameterSpec("P-256"), random);
          yield g.generateKeyPair();
        }
        case RSA -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", provider);
          g.initialize(new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), random);
          yield g.generateKeyPair();
        }
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a " + id + " key pair", e);
    }
  }
}
