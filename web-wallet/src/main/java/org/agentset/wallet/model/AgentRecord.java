package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param agentCertificate the agent's communication certificate (DER) as the CA issued it through
 *     the agent server: only payment starts signed with this certificate's key are the agent's
 * @param payments the payments this agent started, oldest first (they count against the budget)
 */
public record AgentRecord(
    String agentId,
    String mandateId,
    Bytes signedMandate,
    Instant createdAt,
    State state,
    List<ItemKey> items,
    Optional<Bytes> agentCertificate,
    List<AgentPayment> payments) {

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
    Objects.requireNonNull(agentCertificate, "agentCertificate");
    payments = List.copyOf(payments);
  }

  /** A record without certificate or payments yet. */
  public AgentRecord(
      String agentId,
      String mandateId,
      Bytes signedMandate,
      Instant createdAt,
      State state,
      List<ItemKey> items) {
    this(agentId, mandateId, signedMandate, createdAt, state, items, Optional.empty(), List.of());
  }

  /** This agent revoked: state REVOKED and every K destroyed. */
  public AgentRecord revoked() {
    return new AgentRecord(
        agentId,
        mandateId,
        signedMandate,
        createdAt,
        State.REVOKED,
        items.stream().map(ItemKey::withKeyDestroyed).toList(),
        agentCertificate,
        payments);
  }

  /** This agent with slot {@code slot}'s K destroyed. */
  public AgentRecord withSlotKeyDestroyed(int slot) {
    return new AgentRecord(
        agentId,
        mandateId,
        signedMandate,
        createdAt,
        state,
        items.stream().map(k -> k.slot() == slot ? k.withKeyDestroyed() : k).toList(),
        agentCertificate,
        payments);
  }

  /** This agent with {@code payment} added, or replacing the payment with the same id. */
  public AgentRecord withPayment(AgentPayment payment) {
    java.util.ArrayList<AgentPayment> list = new java.util.ArrayList<>();
    boolean replaced = false;
    for (AgentPayment p : payments) {
      if (p.id().equals(payment.id())) {
        list.add(payment);
        replaced = true;
      } else {
        list.add(p);
      }
    }
    if (!replaced) {
      list.add(payment);
    }
    return new AgentRecord(
        agentId, mandateId, signedMandate, createdAt, state, items, agentCertificate, list);
  }

  /** The item slot {@code slot}, if the mandate has it. */
  public Optional<ItemKey> item(int slot) {
    return items.stream().filter(k -> k.slot() == slot).findFirst();
  }
}
