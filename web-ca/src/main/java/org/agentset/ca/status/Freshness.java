package org.agentset.ca.status;

import java.time.Duration;
import java.time.Instant;

/**
 * When a CRL or BrandCRLIdentifier is replaced: once three quarters of its validity have passed,
 * so relying parties that fetch near the end of one always find its successor already published.
 */
public final class Freshness {

  private Freshness() {}

  /** Whether a document valid until {@code nextUpdate} for {@code validity} is due at {@code now}. */
  public static boolean due(Instant nextUpdate, Duration validity, Instant now) {
    return !now.isBefore(nextUpdate.minus(validity.dividedBy(4)));
  }
}
