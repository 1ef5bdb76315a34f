package org.agentset.ca.testing;

import java.net.URI;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.hierarchy.HierarchyFactory;
import org.agentset.ca.hierarchy.NewHierarchy;
import org.agentset.ca.hierarchy.StatusUrls;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** A p256 hierarchy created once at a fixed instant, shared by the tests (it is immutable). */
public final class TestHierarchy {

  public static final Provider BC = new BouncyCastleProvider();
  public static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  public static final StatusUrls URLS = new StatusUrls(URI.create("http://pki.agentset.test"));

  private static NewHierarchy p256;

  private TestHierarchy() {}

  public static HierarchyFactory factory() {
    return new HierarchyFactory(BC, CLOCK, new SecureRandom(), URLS);
  }

  public static synchronized NewHierarchy p256() {
    if (p256 == null) {
      p256 = factory().create(CaSuite.P256);
    }
    return p256;
  }
}
