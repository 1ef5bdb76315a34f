package org.agentset.bank.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to a network echo.
 *
 * @param responseCode ISO 8583 field 39 ("00" when the network is up)
 * @param stan the system trace audit number (field 11) the request carried and the answer echoed
 * @param roundTrip time from sending the request to reading the answer
 */
public record EchoResult(String responseCode, String stan, Duration roundTrip) {

  public EchoResult {
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(stan, "stan");
    Objects.requireNonNull(roundTrip, "roundTrip");
  }

  /** Whether the network answered "approved / network up" (response code 00). */
  public boolean up() {
    return "00".equals(responseCode);
  }
}
