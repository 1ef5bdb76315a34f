package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.agentset.set.asn1.der.SetEnum;

/**
 * One line of the wallet's own history: what happened and when, in words the customer reads.
 * Entries name a card only by its last four digits.
 *
 * @param at when (whole seconds, its stored form)
 * @param kind what sort of event
 * @param text a one-line description, without card numbers or key material
 */
public record HistoryEntry(Instant at, Kind kind, String text) {

  /** What sort of event an entry records. */
  public enum Kind implements SetEnum {
    /** Wallet created, password changed, settings changed. */
    WALLET(0),
    /** Card added or removed. */
    CARD(1),
    /** Cardholder or communication certificate obtained. */
    ENROLMENT(2),
    /** A SET purchase paid, declined or pending. */
    PURCHASE(3),
    /** Agent created, revoked, or a payment start refused. */
    AGENT(4);

    private final int value;

    Kind(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }
  }

  /** Checks the fields and truncates the time to seconds. */
  public HistoryEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    at = at.truncatedTo(ChronoUnit.SECONDS);
  }
}
