package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.agentset.set.asn1.der.SetEnum;

/**
 * A payment an agent asked for with a payment start that passed every check: it counts against the
 * mandate's budget from the moment it is accepted until it is declined or fails.
 *
 * @param id the wallet's id for this payment (also the purchase's id)
 * @param slot the mandate item slot it pays
 * @param merchantCode the merchant
 * @param amountMinor the amount in minor units of the mandate's currency
 * @param at when it was accepted (whole seconds)
 * @param state where it stands
 * @param detail why it stands there, in words (a decline's reason), or empty
 */
public record AgentPayment(
    String id,
    int slot,
    String merchantCode,
    long amountMinor,
    Instant at,
    State state,
    String detail) {

  /** Where a payment stands. */
  public enum State implements SetEnum {
    /** Accepted, waiting for the customer's confirmation (confirm mode). */
    AWAITING_CONFIRMATION(0),
    /** Being paid with SET. */
    PAYING(1),
    /** Paid: the gateway authorised it. */
    PAID(2),
    /** Declined by the issuer, or by the customer. */
    DECLINED(3),
    /** Failed (the merchant or gateway could not be reached, or refused). */
    FAILED(4);

    private final int value;

    State(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }

    /** Whether the amount still counts against the budget. */
    public boolean counts() {
      return this == AWAITING_CONFIRMATION || this == PAYING || this == PAID;
    }
  }

  public AgentPayment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(merchantCode, "merchantCode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
    at = at.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The same payment in another state. */
  public AgentPayment in(State next, String why) {
    return new AgentPayment(id, slot, merchantCode, amountMinor, at, next, why);
  }
}
