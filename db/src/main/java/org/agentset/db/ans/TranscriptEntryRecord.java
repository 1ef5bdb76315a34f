package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a customer agent's negotiation transcript. */
@Entity
@IdClass(TranscriptEntryRecord.Key.class)
@Table(schema = "ans", name = "transcript_entry")
public class TranscriptEntryRecord {

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

  @Column(name = "item")
  private int item;

  @Column(name = "round")
  private int round;

  @Column(name = "kind")
  private String kind;

  @Column(name = "from_party")
  private String fromParty;

  @Column(name = "to_party")
  private String toParty;

  @Column(name = "text")
  private String text;

  @Column(name = "unit_price_minor")
  private long unitPriceMinor;

  @Column(name = "quantity")
  private int quantity;

  protected TranscriptEntryRecord() {}

  public TranscriptEntryRecord(
      UUID agentId,
      int seq,
      Instant at,
      int item,
      int round,
      String kind,
      String fromParty,
      String toParty,
      String text,
      long unitPriceMinor,
      int quantity) {
    this.agentId = agentId;
    this.seq = seq;
    this.at = at;
    this.item = item;
    this.round = round;
    this.kind = kind;
    this.fromParty = fromParty;
    this.toParty = toParty;
    this.text = text;
    this.unitPriceMinor = unitPriceMinor;
    this.quantity = quantity;
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

  public int getItem() {
    return item;
  }

  public int getRound() {
    return round;
  }

  public String getKind() {
    return kind;
  }

  public String getFromParty() {
    return fromParty;
  }

  public String getToParty() {
    return toParty;
  }

  public String getText() {
    return text;
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }

  public int getQuantity() {
    return quantity;
  }
}
