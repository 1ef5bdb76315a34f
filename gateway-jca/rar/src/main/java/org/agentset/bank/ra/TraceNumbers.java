package org.agentset.bank.ra;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.agentset.bank.api.Trace;

/**
 * Allocates traces: a system trace audit number (1 to 999 999, wrapping) and the transmission
 * time. The counter starts at a random value, not at 1, so that an adapter restarted within the
 * same second does not reuse the previous run's first traces: the issuer would take them for
 * repeats of the earlier messages.
 */
final class TraceNumbers {

  private final AtomicInteger last;
  private final Clock clock;

  TraceNumbers(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.last = new AtomicInteger(random.nextInt(999_999));
  }

  Trace next() {
    int stan = last.updateAndGet(n -> n >= 999_999 ? 1 : n + 1);
    return new Trace(stan, clock.instant());
  }
}
