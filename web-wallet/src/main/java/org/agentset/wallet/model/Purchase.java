package org.agentset.wallet.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.agentset.set.asn1.der.SetEnum;

/**
 * A SET purchase this wallet paid (or tried to), with its receipt: what the customer saw before
 * signing and what came back.
 *
 * @param id the wallet's id
 * @param at when the purchase started (whole seconds)
 * @param merchantCode the merchant
 * @param description the order description as shown and signed
 * @param amountMinor the amount in minor units
 * @param currency the ISO 4217 numeric currency
 * @param amtExp10 the amount's exponent
 * @param lidM the merchant's order id (LID-M), as text
 * @param xid the SET transaction id, hex, once known
 * @param outcome where it stands
 * @param detail the outcome in words (e.g. the decline reason)
 * @param cardLastFour the card used, last four digits
 * @param agentId the agent that started it, if any
 * @param receipt the gateway-signed result (DER), once verified
 */
public record Purchase(
    String id,
    Instant at,
    String merchantCode,
    String description,
    long amountMinor,
    int currency,
    int amtExp10,
    String lidM,
    Optional<String> xid,
    Outcome outcome,
    String detail,
    String cardLastFour,
    Optional<String> agentId,
    Optional<Bytes> receipt) {

  /** Where a purchase stands. */
  public enum Outcome implements SetEnum {
    /** Being paid. */
    IN_PROGRESS(0),
    /** Authorised by the issuer. */
    AUTHORISED(1),
    /** Declined. */
    DECLINED(2),
    /** The result is not known yet (ask again with InqReq). */
    PENDING(3),
    /** Failed: no result. */
    FAILED(4);

    private final int value;

    Outcome(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }
  }

  public Purchase {
    Objects.requireNonNull(id, "id");
    at = at.truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(merchantCode, "merchantCode");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(lidM, "lidM");
    Objects.requireNonNull(xid, "xid");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(cardLastFour, "cardLastFour");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(receipt, "receipt");
  }
}
