package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.agentset.set.asn1.der.SetEnum;

/**
 * A customer agent this wallet created on the agent server: what the wallet must know to accept (or
 * refuse) the agent's payment starts.
 *
 * @param agentId the agent server's identifier for the agent
 * @param mandateId the mandate's identifier
 * @param signedMandate the mandate as signed by the wallet's communication key (CMS SignedData)
 * @param createdAt when the wallet created the agent (whole seconds)
 * @param state whether the customer still lets the agent spend
 * @param items the per-item keys K and sealed tokens, one per slot
 */
public record AgentRecord(
    String agentId,
    String mandateId,
    Bytes signedMandate,
    Instant createdAt,
    State state,
    List<ItemKey> items) {

  /** Whether the agent may still have payments started for it. */
  public enum State implements SetEnum {
    /** Created and not revoked. */
    ACTIVE(0),
    /** Revoked by the customer: its keys K are destroyed. */
    REVOKED(1);

    private final int value;

    State(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }
  }

  /** Checks the fields, copies the items and truncates the time to seconds (its stored form). */
  public AgentRecord {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(mandateId, "mandateId");
    Objects.requireNonNull(signedMandate, "signedMandate");
    Objects.requireNonNull(state, "state");
    createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
    items = List.copyOf(items);
  }
}
