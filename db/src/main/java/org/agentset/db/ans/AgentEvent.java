package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What the customer is told about an agent, in order: state changes with reasons, transcript lines,
 * payment outcomes.
 */
@Entity
@IdClass(AgentEvent.Key.class)
@Table(schema = "ans", name = "agent_event")
public class AgentEvent {

  /** Composite key. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    UUID agentId;
    int seq;

    public Key() {}

    public Key(UUID agentId, int seq) {
      this.agentId = agentId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(agentId, k.agentId)
          && java.util.Objects.equals(seq, k.seq);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(agentId, seq);
    }
  }

  @Id
  @Column(name = "agent_id")
  private UUID agentId;

  @Id
  @Column(name = "seq")
  private int seq;

  @Column(name = "at")
  private Instant at;

  @Column(name = "kind")
  private String kind;

  @Column(name = "state")
  private String state;

  @Column(name = "text")
  private String text;

  protected AgentEvent() {}

  public AgentEvent(UUID agentId, int seq, Instant at, String kind, String state, String text) {
    this.agentId = agentId;
    this.seq = seq;
    this.at = at;
    this.kind = kind;
    this.state = state;
    this.text = text;
  }

  public UUID getAgentId() {
    return agentId;
  }

  public int getSeq() {
    return seq;
  }

  public Instant getAt() {
    return at;
  }

  public String getKind() {
    return kind;
  }

  public String getState() {
    return state;
  }

  public String getText() {
    return text;
  }
}
