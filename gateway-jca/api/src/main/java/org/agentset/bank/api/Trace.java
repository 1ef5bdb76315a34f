package org.agentset.bank.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The identity of one message on the network: its system trace audit number (STAN, field 11) and
 * its transmission date and time (field 7). Together with the terminal (field 41) it is the key
 * under which the issuer recognises a repeated message and answers it with its first answer.
 *
 * <p>The adapter assigns a fresh trace to every request that has none. A caller that must repeat a
 * request (because its first attempt's outcome is unknown) passes the trace of the first attempt,
 * which every result reports.
 *
 * @param stan 1 to 999 999
 * @param transmitted the transmission time, whole seconds (field 7 has no finer resolution)
 */
public record Trace(int stan, Instant transmitted) {

  public Trace {
    Objects.requireNonNull(transmitted, "transmitted");
    if (stan < 1 || stan > 999_999) {
      throw new IllegalArgumentException("a system trace audit number is 1 to 999999");
    }
    transmitted = transmitted.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The STAN as field 11 carries it: six digits. */
  public String stanText() {
    return String.format("%06d", stan);
  }
}
