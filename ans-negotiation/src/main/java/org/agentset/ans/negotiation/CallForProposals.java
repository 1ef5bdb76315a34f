package org.agentset.ans.negotiation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a customer agent asks every eligible merchant agent for one mandate line: the item and
 * quantity, the currency, and until when the question stands. The customer's limits are not in it:
 * a merchant agent never learns how much the customer may pay.
 */
public record CallForProposals(
    String mandateId, int item, ItemRequest request, String currency, Instant deadline)
    implements Serializable {

  public CallForProposals {
    Objects.requireNonNull(mandateId);
    Objects.requireNonNull(request);
    Objects.requireNonNull(currency);
    Objects.requireNonNull(deadline);
  }
}
