package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything said in one negotiation, in order: calls for proposals, proposals, bids and asks,
 * acceptances, breakdowns, the selection and its explanation. The customer reads it; the agent
 * server stores each entry as it is made. Serializable with the agent's conversational state.
 */
public final class Transcript implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What an entry records. */
  public enum Kind {
    CALL_FOR_PROPOSALS,
    PROPOSAL,
    NO_PROPOSAL,
    BID,
    ASK,
    ACCEPT,
    BREAKDOWN,
    OUT_OF_MANDATE,
    SELECTION,
    NO_AGREEMENT,
    NOTICE
  }

  /**
   * One line: {@code seq} counts from 1; {@code item} is the mandate line (0-based); {@code round}
   * the bargaining round or -1; {@code unitPriceMinor} is 0 where no price was named.
   */
  public record Entry(
      int seq,
      Instant at,
      int item,
      int round,
      Kind kind,
      String from,
      String to,
      String text,
      long unitPriceMinor,
      int quantity)
      implements Serializable {

    public Entry {
      Objects.requireNonNull(at);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
      Objects.requireNonNull(text);
    }
  }

  /** The customer agent's name in transcripts. */
  public static final String CUSTOMER = "customer-agent";

  private final List<Entry> entries = new ArrayList<>();

  /** Appends an entry and returns it. */
  public Entry add(
      Instant at,
      int item,
      int round,
      Kind kind,
      String from,
      String to,
      String text,
      long unitPriceMinor,
      int quantity) {
    Entry e =
        new Entry(
            entries.size() + 1, at, item, round, kind, from, to, text, unitPriceMinor, quantity);
    entries.add(e);
    return e;
  }

  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** Entries after {@code seq} (for callers that persist or stream entries as they come). */
  public List<Entry> after(int seq) {
    return List.copyOf(entries.subList(Math.min(Math.max(seq, 0), entries.size()), entries.size()));
  }

  public int size() {
    return entries.size();
  }
}
